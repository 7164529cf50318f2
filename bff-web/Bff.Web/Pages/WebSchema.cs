using Bff.GraphQL.Server;

namespace Bff.Web.Pages;

/// <summary>The web BFF's own SDL (<c>Schema/web.graphql</c>) and its resolvers.</summary>
internal static class WebSchema
{
    public static GraphQLServerBuilder AddWebPages(this GraphQLServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddDocumentFromString(Read("web.graphql")).AddProductPage();
    }

    private static string Read(string name)
    {
        using var stream = typeof(WebSchema).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The SDL resource '{name}' is not embedded in Bff.Web.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
