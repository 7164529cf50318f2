namespace Bff.GraphQL.Tests.Validation;

public sealed class KnownTypeNamesRuleTests
{
    private const string Rule = nameof(GraphQL.Validation.KnownTypeNamesRule);

    [Fact]
    public void KnownTypesInVariablesAndConditionsAreValid()
    {
        Expect.Valid("""
            query Q($f: PetFilter, $id: ID!) { pet(id: $id) { ...F ... on Cat { name } } animals(filter: $f) { legs } }
            fragment F on Pet { __typename }
            """);
    }

    [Fact]
    public void UnknownTypesAreReportedWithSuggestions()
    {
        Expect.Errors(
            Rule,
            """
            query Q($f: PetFiltr) { pet(id: 1) { ... on Kat { name } ...F } }
            fragment F on Dgo { name }
            """,
            "Unknown type \"PetFiltr\". Did you mean \"PetFilter\"? @ 1:13",
            "Unknown type \"Kat\". Did you mean \"Cat\", \"Int\", or \"Pet\"? @ 1:45",
            "Unknown type \"Dgo\". Did you mean \"Dog\"? @ 2:15");
    }

    [Fact]
    public void StandardScalarsAreKnownInSdlOfTheDocument()
    {
        Expect.Errors(
            Rule,
            """
            { cat { name } }
            type T { a: Strin, b: String }
            """,
            "Unknown type \"Strin\". Did you mean \"String\"? @ 2:13");
    }
}
