namespace Bff.GraphQL.Tests.Validation;

public sealed class KnownDirectivesRuleTests
{
    private const string Rule = nameof(GraphQL.Validation.KnownDirectivesRule);

    [Fact]
    public void KnownDirectivesInTheirLocationsAreValid()
    {
        Expect.Valid("""
            query Q @onQuery { dog @include(if: true) { name @onField ...F @tag } }
            fragment F on Dog @level(value: 1) { barks }
            """);
    }

    [Fact]
    public void UnknownDirectivesAreReported()
    {
        Expect.Errors(
            Rule,
            """
            { dog @unknown { name } }
            """,
            "Unknown directive \"@unknown\". @ 1:7");
    }

    [Fact]
    public void DirectivesInTheWrongLocationAreReported()
    {
        Expect.Errors(
            Rule,
            """
            query Q($a: Int @onField) @onField { dog @onQuery { name } echo(int: $a, nonNullInt: 1) }
            """,
            "Directive \"@onField\" may not be used on VARIABLE_DEFINITION. @ 1:17",
            "Directive \"@onField\" may not be used on QUERY. @ 1:27",
            "Directive \"@onQuery\" may not be used on FIELD. @ 1:42");
    }
}
