namespace Bff.GraphQL.Tests.Validation;

public sealed class VariablesInAllowedPositionRuleTests
{
    private const string Rule = nameof(GraphQL.Validation.VariablesInAllowedPositionRule);

    [Fact]
    public void VariablesOfFittingTypesAreValid()
    {
        Expect.Valid("""
            query Q($i: Int!, $n: Int = 1, $w: Int) { echo(nonNullInt: $i, withDefault: $w) e2: echo(nonNullInt: $n, ints: [$i]) search(text: "x", limit: $i) { __typename } }
            """);
    }

    [Fact]
    public void NullableVariablesInNonNullPositionsAreReported()
    {
        Expect.Errors(
            Rule,
            """
            query Q($i: Int, $s: String, $l: [Int]) { echo(nonNullInt: $i, int: $s, ints: $l, nestedList: $l) }
            """,
            "Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\". @ 1:9, 1:60",
            "Variable \"$s\" of type \"String\" used in position expecting type \"Int\". @ 1:18, 1:69",
            "Variable \"$l\" of type \"[Int]\" used in position expecting type \"[[Int]]\". @ 1:30, 1:95");
    }

    [Fact]
    public void UsagesInsideFragmentsAndInputObjectsAreChecked()
    {
        Expect.Errors(
            Rule,
            """
            query Q($b: Boolean, $i: Int) { dog { ...F } complex(arg: { required: $i }) }
            fragment F on Dog { name @include(if: $b) }
            """,
            "Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\". @ 1:22, 1:71",
            "Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\". @ 1:9, 2:39");
    }
}
