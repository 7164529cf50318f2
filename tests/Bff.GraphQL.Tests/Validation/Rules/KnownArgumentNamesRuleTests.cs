namespace Bff.GraphQL.Tests.Validation;

public sealed class KnownArgumentNamesRuleTests
{
    private const string Rule = nameof(GraphQL.Validation.KnownArgumentNamesRule);

    [Fact]
    public void DefinedArgumentsAreValid()
    {
        Expect.Valid("""
            { dog(id: 1) @skip(if: false) { name(surname: true) knowsCommand(command: SIT) } }
            """);
    }

    [Fact]
    public void UnknownFieldArgumentsSuggestSimilarOnes()
    {
        Expect.Errors(
            Rule,
            """
            { dog { name(surnam: true) knowsCommand(comand: SIT, command: SIT) } }
            """,
            "Unknown argument \"surnam\" on field \"Dog.name\". Did you mean \"surname\"? @ 1:14",
            "Unknown argument \"comand\" on field \"Dog.knowsCommand\". Did you mean \"command\"? @ 1:41");
    }

    [Fact]
    public void UnknownDirectiveArgumentsAreReported()
    {
        Expect.Errors(
            Rule,
            """
            { dog @skip(iff: true, if: true) { name } }
            """,
            "Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"? @ 1:13");
    }
}
