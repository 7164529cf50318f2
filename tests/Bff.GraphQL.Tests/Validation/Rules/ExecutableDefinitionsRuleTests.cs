namespace Bff.GraphQL.Tests.Validation;

public sealed class ExecutableDefinitionsRuleTests
{
    private const string Rule = nameof(GraphQL.Validation.ExecutableDefinitionsRule);

    [Fact]
    public void OperationsAndFragmentsAreExecutable()
    {
        Expect.Valid("""
            query Q { dog { ...F } }
            fragment F on Dog { name }
            """);
    }

    [Fact]
    public void TypeDefinitionsAndExtensionsAreNotExecutable()
    {
        Expect.Errors(
            Rule,
            """
            query Q { dog { name } }
            type Cow { name: String }
            extend type Dog { color: String }
            """,
            "The \"Cow\" definition is not executable. @ 2:1",
            "The \"Dog\" definition is not executable. @ 3:1");
    }

    [Fact]
    public void SchemaDefinitionIsNotExecutable()
    {
        Expect.Errors(
            Rule,
            """
            schema { query: Query }
            { dog { name } }
            """,
            "The schema definition is not executable. @ 1:1");
    }
}
