namespace Bff.GraphQL.Tests.Validation;

public sealed class SingleFieldSubscriptionsRuleTests
{
    private const string Rule = nameof(GraphQL.Validation.SingleFieldSubscriptionsRule);

    [Fact]
    public void ASubscriptionWithOneRootFieldIsValid()
    {
        Expect.Valid("""
            subscription S { petAdopted { __typename } }
            """);
    }

    [Fact]
    public void FieldsSkippedByLiteralConditionsDoNotCount()
    {
        Expect.Valid("""
            subscription S { petAdopted { __typename } humanJoined @skip(if: true) { name } }
            """);
    }

    [Fact]
    public void SecondRootFieldIsReported()
    {
        Expect.Errors(
            Rule,
            """
            subscription S { petAdopted { __typename } humanJoined { name } }
            """,
            "Subscription \"S\" must select only one top level field. @ 1:44");
    }

    [Fact]
    public void RootFieldsFromFragmentsCount()
    {
        Expect.Errors(
            Rule,
            """
            subscription { ...F }
            fragment F on Subscription { petAdopted { __typename } humanJoined { name } }
            """,
            "Anonymous Subscription must select only one top level field. @ 2:56");
    }

    [Fact]
    public void IntrospectionRootFieldIsReported()
    {
        Expect.Errors(
            Rule,
            """
            subscription S { __typename }
            """,
            "Subscription \"S\" must not select an introspection top level field. @ 1:18");
    }
}
