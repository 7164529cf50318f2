namespace Bff.GraphQL.Tests.Validation;

public sealed class UniqueDirectivesPerLocationRuleTests
{
    private const string Rule = nameof(GraphQL.Validation.UniqueDirectivesPerLocationRule);

    [Fact]
    public void RepeatableDirectivesMayRepeat()
    {
        Expect.Valid("""
            { dog @tag(name: "a") @tag(name: "b") { name } }
            """);
    }

    [Fact]
    public void RepeatedDirectivesAreReportedAgainstTheFirst()
    {
        Expect.Errors(
            Rule,
            """
            { dog @skip(if: false) @skip(if: false) { name @include(if: true) @include(if: true) @include(if: true) } }
            """,
            "The directive \"@skip\" can only be used once at this location. @ 1:7, 1:24",
            "The directive \"@include\" can only be used once at this location. @ 1:48, 1:67",
            "The directive \"@include\" can only be used once at this location. @ 1:48, 1:86");
    }
}
