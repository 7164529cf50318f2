using Bff.GraphQL.Language;

namespace Bff.GraphQL.Tests.Language;

public sealed class LocationTests
{
    private const string Source = "query Q($id: ID!) {\n  user(id: $id) {\n    name\n  }\n}\n";

    /// <summary>Expected values are graphql-js's <c>loc.start</c>, <c>loc.end</c> and start token line/column.</summary>
    [Fact]
    public void Nodes_carry_start_end_line_and_column()
    {
        var document = Parser.Parse(Source);
        var operation = (OperationDefinitionNode)document.Definitions[0];
        var variable = operation.VariableDefinitions[0];
        var user = (FieldNode)operation.SelectionSet.Selections[0];
        var name = (FieldNode)user.SelectionSet!.Selections[0];

        Assert.Equal(new Location(0, Source.Length, 1, 1), document.Location);
        Assert.Equal(new Location(0, 52, 1, 1), operation.Location);
        Assert.Equal(new Location(6, 7, 1, 7), operation.Name!.Location);
        Assert.Equal(new Location(8, 16, 1, 9), variable.Location);
        Assert.Equal(new Location(13, 16, 1, 14), variable.Type.Location);
        Assert.Equal(new Location(13, 15, 1, 14), ((NonNullTypeNode)variable.Type).Type.Location);
        Assert.Equal(new Location(22, 50, 2, 3), user.Location);
        Assert.Equal(new Location(27, 34, 2, 8), user.Arguments[0].Location);
        Assert.Equal(new Location(31, 34, 2, 12), user.Arguments[0].Value.Location);
        Assert.Equal(new Location(36, 50, 2, 17), user.SelectionSet.Location);
        Assert.Equal(new Location(42, 46, 3, 5), name.Location);
    }

    [Fact]
    public void Locations_after_block_strings_and_crlf_count_lines()
    {
        const string sdl = "\"\"\"\r\nDescription\r\n\"\"\"\r\ntype T {\r\n  f: Int\r\n}";
        var document = Parser.Parse(sdl);
        var type = (ObjectTypeDefinitionNode)document.Definitions[0];
        Assert.Equal(new Location(0, sdl.Length, 1, 1), type.Location);
        Assert.Equal(new Location(0, 21, 1, 1), type.Description!.Location);
        Assert.Equal(new Location(28, 29, 4, 6), type.Name.Location);
        Assert.Equal(new Location(35, 41, 5, 3), type.Fields[0].Location);
    }
}
