using Bff.GraphQL.Server;

namespace Bff.Web.Pages;

/// <summary>What the web SPA sees differently from the shared modules' contract.</summary>
internal static class WebShaping
{
    public static GraphQLServerBuilder AddWebShaping(this GraphQLServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.ConfigureSchema(schema => schema
            // Rename: the SPA's route and components call it "search" (/search?q=); the module's name says what it
            // searches, which the web app's vocabulary does not need.
            .RenameField("Query", "searchProducts", "search")
            // Removal: the web app never shows the phone number, and data that never reaches the browser cannot leak
            // through a third-party script or an XSS hole. The mobile app, which dials it, keeps it.
            .RemoveField("User", "phone"));
    }
}
