using Bff.GraphQL.Server;
using Bff.Mobile.Screens;

namespace Bff.Mobile.Shaping;

/// <summary>The app's schema over the domain modules: its own fields and cache hints, renames and removals.</summary>
internal static class MobileShaping
{
    public static GraphQLServerBuilder AddMobileShaping(this GraphQLServerBuilder builder) => builder
        .AddDocumentFromString(ReadSdl("mobile.graphql"))
        .AddProductShaping()
        .AddHomeScreen()
        .AddMobileListLimits()
        .ConfigureSchema(schema => schema
            // The app's row under a product is titled "Similar items"; its code and its designers say "similar".
            .RenameField("Product", "recommendations", "similar")
            // The app shows a flag (Product.available), never stores or per-store stock: leaving them out keeps
            // payloads small and lets inventory change its store model without an app release.
            .RemoveType("StoreStock")
            .RemoveType("Store")
            // The app asks for the one URL its screen needs (Product.imageUrl); the full variant list is web's.
            .RemoveType("ImageVariant")
            .RemoveType("ProductImage"));

    private static string ReadSdl(string name)
    {
        using var stream = typeof(MobileShaping).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded SDL \"{name}\" is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
