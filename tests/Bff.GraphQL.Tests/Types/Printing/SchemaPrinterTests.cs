using System.Runtime.CompilerServices;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Tests.Types.Printing;

public sealed class SchemaPrinterTests
{
    [Fact]
    public void PrinterOutputOfARichSchemaMatchesTheCommittedGraphQLJsOutput()
    {
        // RichSchema.expected.graphql is graphql-js 16.11's printSchema(buildSchema(RichSchema.graphql)).
        var schema = TestSchemas.Build(Read("RichSchema.graphql"));

        Assert.Equal(Read("RichSchema.expected.graphql").TrimEnd('\n'), SchemaPrinter.Print(schema));
        Assert.Equal(SchemaPrinter.Print(schema), schema.ToString());
    }

    [Fact]
    public void PrinterOmitsTheSchemaDefinitionForConventionalRootNames()
    {
        var schema = TestSchemas.Build("type Query { a: Int } type Mutation { b: Int }");

        Assert.Equal("type Query {\n  a: Int\n}\n\ntype Mutation {\n  b: Int\n}", SchemaPrinter.Print(schema));
    }

    [Fact]
    public void PrinterUsesQuotedStringsForDescriptionsThatCannotBeBlockStrings()
    {
        var schema = TestSchemas.Build("type Query { \"\"\"ends with space \"\"\" a: Int \"line\\r\\nbreak\" b: Int }");

        Assert.Equal(
            "type Query {\n  \"\"\"ends with space \"\"\"\n  a: Int\n\n  \"line\\r\\nbreak\"\n  b: Int\n}",
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public void PrintedSchemaBuildsTheSameSchemaAgain()
    {
        var printed = SchemaPrinter.Print(TestSchemas.Build(Read("RichSchema.graphql")));

        Assert.Equal(printed, SchemaPrinter.Print(TestSchemas.Build(printed)));
    }

    private static string Read(string fileName, [CallerFilePath] string callerPath = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(callerPath)!, fileName));
}
