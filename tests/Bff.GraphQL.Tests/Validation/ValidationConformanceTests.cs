using System.Text.Json;
using Bff.GraphQL.Language;
using Bff.GraphQL.Validation;

namespace Bff.GraphQL.Tests.Validation;

/// <summary>
/// Differential check against graphql-js 16 (the reference implementation): every document of the corpus gets the
/// same verdict and the same set of errors, message and locations, from our validator (spec rules only) as from
/// graphql-js. The order of errors may differ: some rules report when leaving an operation rather than entering.
/// </summary>
public sealed class ValidationConformanceTests
{
    private static readonly string CorpusDirectory = Path.GetDirectoryName(ValidationTestSchema.SdlPath)!;

    [Fact]
    public async Task EveryCorpusDocumentGetsTheVerdictAndErrorsOfGraphQLJs()
    {
        var files = Directory.GetFiles(CorpusDirectory, "*.graphql")
            .Where(f => Path.GetFileName(f) != "schema.graphql")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(files.Count >= 60, $"the corpus has only {files.Count} documents");
        var documents = files.Select(File.ReadAllText).ToList();

        var stdin = JsonSerializer.Serialize(new { sdl = ValidationTestSchema.Sdl, documents });
        using var reference = JsonDocument.Parse(await NodeScript.RunWithInputAsync("validate.mjs", stdin));

        var mismatches = new List<string>();
        for (var i = 0; i < files.Count; i++)
        {
            var expected = reference.RootElement[i];
            var expectedMessages = expected.GetProperty("messages").EnumerateArray()
                .Zip(expected.GetProperty("locations").EnumerateArray(), (m, l) => Render(m.GetString()!, l))
                .Order(StringComparer.Ordinal)
                .ToList();
            var result = DocumentValidator.Validate(ValidationTestSchema.Instance, Parser.Parse(documents[i]), ValidationOptions.SpecOnly);
            var actualMessages = result.Errors.Select(Expect.Render).Order(StringComparer.Ordinal).ToList();
            if (expected.GetProperty("valid").GetBoolean() != result.IsValid || !expectedMessages.SequenceEqual(actualMessages))
            {
                mismatches.Add($"{Path.GetFileName(files[i])}\n  graphql-js: {string.Join("\n              ", expectedMessages)}\n  ours:       {string.Join("\n              ", actualMessages)}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {files.Count} documents differ:\n" + string.Join("\n", mismatches));
    }

    private static string Render(string message, JsonElement locations) =>
        locations.GetArrayLength() == 0
            ? message
            : message + " @ " + string.Join(", ", locations.EnumerateArray().Select(l => $"{l.GetProperty("line")}:{l.GetProperty("column")}"));
}
