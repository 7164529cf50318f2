using Bff.GraphQL.Validation;

namespace Bff.GraphQL.Tests.Validation;

/// <summary>What the validator as a whole promises: rule names, the error limit, one pass over every rule.</summary>
public sealed class DocumentValidatorTests
{
    [Fact]
    public void EachErrorNamesTheRuleThatReportedIt()
    {
        var result = Expect.Run("query Q($v: Int) { dog { nam } }");
        Assert.Equal(
            [nameof(FieldsOnCorrectTypeRule), nameof(NoUnusedVariablesRule)],
            result.Failures.Select(f => f.Rule).Order(StringComparer.Ordinal));
        Assert.All(result.Errors, e => Assert.Null(e.Extensions));
    }

    [Fact]
    public void ValidationStopsAfterAHundredErrors()
    {
        var fields = string.Concat(Enumerable.Range(0, 150).Select(i => $"unknown{i} "));
        var result = Expect.Run($"{{ dog {{ {fields}}} }}");
        Assert.Equal(101, result.Errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", result.Errors[^1].Message);
        Assert.Null(result.Errors[^1].Locations);
    }

    [Fact]
    public void TheErrorLimitIsConfigurable()
    {
        var result = Expect.Run("{ dog { a b c d } }", ValidationOptions.SpecOnly with { MaxErrors = 2 });
        Assert.Equal(3, result.Errors.Count);
    }

    [Fact]
    public void AValidDocumentHasNoErrors()
    {
        var result = Expect.Run("query Q($id: ID!) { pet(id: $id) { ... on Dog { name barks } } }");
        Assert.True(result.IsValid);
        Assert.Empty(result.Errors);
    }
}
