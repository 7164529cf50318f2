using System.Globalization;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;
using Bff.GraphQL.Validation;

namespace Bff.GraphQL.Tests.Validation;

/// <summary>
/// The validation tests' harness, in the spirit of graphql-js's <c>expectValidationErrors</c>: run every rule,
/// keep the errors of the rule under test and compare them, rendered as <c>message @ line:column, ...</c>.
/// </summary>
internal static class Expect
{
    public static ValidationResult Run(
        string source, ValidationOptions? options = null, Schema? schema = null,
        IReadOnlyDictionary<string, object?>? variables = null) =>
        DocumentValidator.Validate(
            schema ?? ValidationTestSchema.Instance,
            Parser.Parse(source, new ParserOptions { MaxTokens = 1_000_000, MaxDocumentSize = 8 * 1024 * 1024 }),
            options ?? ValidationOptions.SpecOnly,
            variables);

    /// <summary>The document passes every rule.</summary>
    public static void Valid(string source, ValidationOptions? options = null)
    {
        var result = Run(source, options);
        Assert.True(result.IsValid, "Unexpected errors:\n" + string.Join("\n", result.Failures.Select(Render)));
    }

    /// <summary>The rule reports exactly <paramref name="expected"/>, in order; other rules are ignored.</summary>
    public static void Errors(string rule, string source, params string[] expected)
    {
        var actual = Run(source).Failures.Where(f => f.Rule == rule).Select(f => Render(f.Error)).ToArray();
        Assert.Equal(expected, actual);
    }

    /// <summary>The rule reports nothing, whatever other rules say.</summary>
    public static void NoErrors(string rule, string source) => Errors(rule, source);

    public static string Render(ValidationError failure) => $"[{failure.Rule}] {Render(failure.Error)}";

    public static string Render(GraphQLError error) =>
        error.Locations is null
            ? error.Message
            : error.Message + " @ " + string.Join(", ", error.Locations.Select(l =>
                l.Line.ToString(CultureInfo.InvariantCulture) + ":" + l.Column.ToString(CultureInfo.InvariantCulture)));
}
