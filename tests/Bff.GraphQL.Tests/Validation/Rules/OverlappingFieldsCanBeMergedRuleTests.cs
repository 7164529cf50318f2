namespace Bff.GraphQL.Tests.Validation;

public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    private const string Rule = nameof(GraphQL.Validation.OverlappingFieldsCanBeMergedRule);

    [Fact]
    public void IdenticalFieldsMerge()
    {
        Expect.Valid("""
            { dog { name name n: name } dog { barks } pet(id: 1) { ... on Cat { x: lives } ... on Dog { x: barkVolume } } }
            """);
    }

    [Fact]
    public void DifferentFieldsUnderOneNameAreReported()
    {
        Expect.Errors(
            Rule,
            """
            { dog { name: barks name } }
            """,
            "Fields \"name\" conflict because \"barks\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 1:9, 1:21");
    }

    [Fact]
    public void DifferingArgumentsAreReported()
    {
        Expect.Errors(
            Rule,
            """
            { dog { knowsCommand(command: SIT) knowsCommand(command: HEEL) } }
            """,
            "Fields \"knowsCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @ 1:9, 1:36");
    }

    [Fact]
    public void ConflictingTypesOnExclusiveParentsAreReported()
    {
        Expect.Errors(
            Rule,
            """
            { pet(id: 1) { ... on Cat { x: lives } ... on Dog { x: barks } } }
            """,
            "Fields \"x\" conflict because they return conflicting types \"Int\" and \"Boolean\". Use different aliases on the fields to fetch both if this was intentional. @ 1:29, 1:53");
    }

    [Fact]
    public void ConflictsInSubfieldsAreReportedOnTheParents()
    {
        Expect.Errors(
            Rule,
            """
            { dog { owner { name } } dog { owner { name: age } } }
            """,
            "Fields \"dog\" conflict because subfields \"owner\" conflict because subfields \"name\" conflict because \"name\" and \"age\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 1:3, 1:9, 1:17, 1:26, 1:32, 1:40");
    }

    [Fact]
    public void ConflictsBetweenFragmentsAreReported()
    {
        Expect.Errors(
            Rule,
            """
            { dog { ...A ...B } }
            fragment A on Dog { x: name }
            fragment B on Dog { x: barks }
            """,
            "Fields \"x\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 2:21, 3:21");
    }

    [Fact]
    public void ListAndNonNullWrappingMustAgree()
    {
        Expect.Errors(
            Rule,
            """
            { pet(id: 1) { ... on Parrot { w: words } ... on Cat { w: whiskers } } }
            """,
            "Fields \"w\" conflict because they return conflicting types \"[String!]!\" and \"[String]\". Use different aliases on the fields to fetch both if this was intentional. @ 1:32, 1:56");
    }

    [Fact]
    public void ArgumentOrderDoesNotMatter()
    {
        Expect.Valid("""
            { echo(int: 1, nonNullInt: 2) echo(nonNullInt: 2, int: 1) complex(arg: { required: 1, optional: "a" }) complex(arg: { optional: "a", required: 1 }) }
            """);
    }
}
