using Bff.GraphQL.Types;

namespace Bff.GraphQL.Tests.Types;

/// <summary>Builds schemas from SDL for tests that look at the model or printing, not at resolvers.</summary>
internal static class TestSchemas
{
    public static Schema Build(string sdl, Action<SchemaBuilder>? configure = null)
    {
        var builder = SchemaBuilder.New()
            .AddDocumentFromString(sdl)
            .ModifyOptions(o => o.StrictResolvers = false);
        configure?.Invoke(builder);
        return builder.Create();
    }

    /// <summary>The messages of the schema errors that building <paramref name="sdl"/> reports.</summary>
    public static IReadOnlyList<string> Errors(string sdl, Action<SchemaBuilder>? configure = null)
    {
        var exception = Assert.Throws<SchemaException>(() => Build(sdl, configure));
        return [.. exception.Errors.Select(e => e.Message)];
    }
}
