using System.Text;
using Bff.GraphQL.Language;

namespace Bff.GraphQL.Tests.Language;

/// <summary>
/// Round trips of the two kitchen-sink documents. The expected texts were printed by graphql-js 16's <c>print</c>
/// from the same inputs, so equality here means character-for-character agreement with graphql-js.
/// </summary>
public sealed class KitchenSinkTests
{
    internal static string Resource(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Language", "Resources", name)).ReplaceLineEndings("\n");

    [Theory]
    [InlineData("kitchen-sink")]
    [InlineData("schema-kitchen-sink")]
    public void Print_of_parse_equals_the_canonical_text(string name)
    {
        string source = Resource(name + ".graphql");
        string expected = Resource(name + ".expected.graphql").TrimEnd('\n');

        DocumentNode document = Parser.Parse(source);

        Assert.Equal(expected, Printer.Print(document));
    }

    [Theory]
    [InlineData("kitchen-sink")]
    [InlineData("schema-kitchen-sink")]
    public void Parse_of_print_is_structurally_equal_and_printing_is_idempotent(string name)
    {
        DocumentNode original = Parser.Parse(Resource(name + ".graphql"));
        string printed = Printer.Print(original);

        DocumentNode reparsed = Parser.Parse(printed);

        Assert.True(SyntaxComparer.AreEqual(original, reparsed));
        Assert.Equal(printed, Printer.Print(reparsed));
        Assert.Equal(printed, Printer.Print(Parser.Parse(Printer.Print(reparsed))));
    }

    [Theory]
    [InlineData("kitchen-sink")]
    [InlineData("schema-kitchen-sink")]
    public void Utf8_input_parses_to_the_same_tree_with_the_same_locations(string name)
    {
        string source = Resource(name + ".graphql");
        byte[] utf8 = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(source)];

        DocumentNode fromString = Parser.Parse(source);
        DocumentNode fromBytes = Parser.Parse(utf8.AsSpan());

        Assert.True(SyntaxComparer.AreEqual(fromString, fromBytes));
        Assert.Equal(fromString.Definitions[0].Location!.Value.Line, fromBytes.Definitions[0].Location!.Value.Line);
    }

    [Fact]
    public void Kitchen_sink_covers_every_executable_node_kind()
    {
        var kinds = Kinds(Parser.Parse(Resource("kitchen-sink.graphql")));
        SyntaxKind[] executable =
        [
            SyntaxKind.Document, SyntaxKind.OperationDefinition, SyntaxKind.VariableDefinition, SyntaxKind.SelectionSet,
            SyntaxKind.Field, SyntaxKind.Argument, SyntaxKind.FragmentSpread, SyntaxKind.InlineFragment,
            SyntaxKind.FragmentDefinition, SyntaxKind.Variable, SyntaxKind.IntValue, SyntaxKind.FloatValue,
            SyntaxKind.StringValue, SyntaxKind.BooleanValue, SyntaxKind.NullValue, SyntaxKind.EnumValue,
            SyntaxKind.ListValue, SyntaxKind.ObjectValue, SyntaxKind.ObjectField, SyntaxKind.Directive,
            SyntaxKind.NamedType, SyntaxKind.ListType, SyntaxKind.NonNullType, SyntaxKind.Name,
        ];
        Assert.Empty(executable.Except(kinds));
    }

    [Fact]
    public void Schema_kitchen_sink_covers_every_type_system_node_kind()
    {
        var kinds = Kinds(Parser.Parse(Resource("schema-kitchen-sink.graphql")));
        var typeSystem = Enum.GetValues<SyntaxKind>().Where(k => k >= SyntaxKind.SchemaDefinition);
        Assert.Empty(typeSystem.Except(kinds));
    }

    private static HashSet<SyntaxKind> Kinds(SyntaxNode root)
    {
        var kinds = new HashSet<SyntaxKind>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<object?>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            object? item = stack.Pop();
            if (item is SyntaxNode node)
            {
                if (!seen.Add(node))
                {
                    continue; // NamedTypeNode.NamedType is the node itself
                }

                kinds.Add(node.Kind);
                foreach (var property in node.GetType().GetProperties())
                {
                    if (property.Name != nameof(SyntaxNode.Location) && property.GetIndexParameters().Length == 0)
                    {
                        stack.Push(property.GetValue(node));
                    }
                }
            }
            else if (item is System.Collections.IEnumerable list and not string)
            {
                foreach (object? child in list)
                {
                    stack.Push(child);
                }
            }
        }

        return kinds;
    }
}
