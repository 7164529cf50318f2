namespace Bff.GraphQL.Tests.Validation;

public sealed class VariablesAreInputTypesRuleTests
{
    private const string Rule = nameof(GraphQL.Validation.VariablesAreInputTypesRule);

    [Fact]
    public void ScalarsEnumsAndInputObjectsAreInputTypes()
    {
        Expect.Valid("""
            query Q($a: String, $b: [Int!]!, $c: PetFilter, $d: Mood) { echo(string: $a, ints: $b, mood: $d, nonNullInt: 1) animals(filter: $c) { legs } }
            """);
    }

    [Fact]
    public void OutputTypesAreReported()
    {
        Expect.Errors(
            Rule,
            """
            query Q($a: Dog, $b: [[Pet!]]!, $c: Being) { cat { name } }
            """,
            "Variable \"$a\" cannot be non-input type \"Dog\". @ 1:13",
            "Variable \"$b\" cannot be non-input type \"[[Pet!]]!\". @ 1:22",
            "Variable \"$c\" cannot be non-input type \"Being\". @ 1:37");
    }
}
