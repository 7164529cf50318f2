namespace Bff.GraphQL.Tests.Validation;

public sealed class ScalarLeafsRuleTests
{
    private const string Rule = nameof(GraphQL.Validation.ScalarLeafsRule);

    [Fact]
    public void LeavesWithoutAndObjectsWithSelectionsAreValid()
    {
        Expect.Valid("""
            { dog { name barks mood } }
            """);
    }

    [Fact]
    public void ObjectFieldWithoutSelectionIsReported()
    {
        Expect.Errors(
            Rule,
            """
            { dog humans }
            """,
            "Field \"dog\" of type \"Dog\" must have a selection of subfields. Did you mean \"dog { ... }\"? @ 1:3",
            "Field \"humans\" of type \"[Human!]!\" must have a selection of subfields. Did you mean \"humans { ... }\"? @ 1:7");
    }

    [Fact]
    public void LeafFieldWithSelectionIsReported()
    {
        Expect.Errors(
            Rule,
            """
            { dog { barks { x } mood { y } } }
            """,
            "Field \"barks\" must not have a selection since type \"Boolean\" has no subfields. @ 1:15",
            "Field \"mood\" must not have a selection since type \"Mood\" has no subfields. @ 1:26");
    }
}
