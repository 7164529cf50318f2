using Bff.GraphQL.Types;

namespace Bff.GraphQL.Tests.Validation;

/// <summary>The pets-and-humans schema of the validation tests, shared with the graphql-js conformance corpus.</summary>
internal static class ValidationTestSchema
{
    public static string SdlPath { get; } = Path.Combine(AppContext.BaseDirectory, "Validation", "TestData", "Corpus", "schema.graphql");

    public static string Sdl { get; } = File.ReadAllText(SdlPath);

    public static Schema Instance { get; } = SchemaBuilder.New()
        .AddDocumentFromString(Sdl)
        .ModifyOptions(o => o.StrictResolvers = false)
        .Create();
}
