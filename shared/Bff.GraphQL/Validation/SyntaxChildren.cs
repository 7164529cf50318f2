using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>
/// The child nodes the walker visits, in graphql-js's visiting order. Names and descriptions are left out: no rule
/// looks at them on their own.
/// </summary>
internal static class SyntaxChildren
{
    public static void Collect(SyntaxNode node, List<SyntaxNode> into)
    {
        switch (node)
        {
            case DocumentNode document: into.AddRange(document.Definitions); break;
            case OperationDefinitionNode op: Add(into, op.VariableDefinitions, op.Directives, op.SelectionSet); break;
            case VariableDefinitionNode v:
                into.Add(v.Variable);
                into.Add(v.Type);
                Add(into, v.DefaultValue);
                into.AddRange(v.Directives);
                break;
            case SelectionSetNode set: into.AddRange(set.Selections); break;
            case FieldNode field: Add(into, field.Arguments, field.Directives, field.SelectionSet); break;
            case ArgumentNode argument: into.Add(argument.Value); break;
            case FragmentSpreadNode spread: into.AddRange(spread.Directives); break;
            case InlineFragmentNode inline:
                Add(into, inline.TypeCondition);
                Add(into, [], inline.Directives, inline.SelectionSet);
                break;
            case FragmentDefinitionNode fragment:
                into.Add(fragment.TypeCondition);
                Add(into, [], fragment.Directives, fragment.SelectionSet);
                break;
            case ListValueNode list: into.AddRange(list.Values); break;
            case ObjectValueNode obj: into.AddRange(obj.Fields); break;
            case ObjectFieldNode field: into.Add(field.Value); break;
            case DirectiveNode directive: into.AddRange(directive.Arguments); break;
            case ListTypeNode list: into.Add(list.Type); break;
            case NonNullTypeNode nonNull: into.Add(nonNull.Type); break;
            default: CollectTypeSystem(node, into); break;
        }
    }

    private static void CollectTypeSystem(SyntaxNode node, List<SyntaxNode> into)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema: Add(into, schema.Directives, schema.OperationTypes); break;
            case SchemaExtensionNode schema: Add(into, schema.Directives, schema.OperationTypes); break;
            case OperationTypeDefinitionNode operationType: into.Add(operationType.Type); break;
            case ObjectTypeDefinitionNode t: Add(into, t.Interfaces, t.Directives, t.Fields); break;
            case ObjectTypeExtensionNode t: Add(into, t.Interfaces, t.Directives, t.Fields); break;
            case InterfaceTypeDefinitionNode t: Add(into, t.Interfaces, t.Directives, t.Fields); break;
            case InterfaceTypeExtensionNode t: Add(into, t.Interfaces, t.Directives, t.Fields); break;
            case FieldDefinitionNode field:
                into.AddRange(field.Arguments);
                into.Add(field.Type);
                into.AddRange(field.Directives);
                break;
            case InputValueDefinitionNode input:
                into.Add(input.Type);
                Add(into, input.DefaultValue);
                into.AddRange(input.Directives);
                break;
            case UnionTypeDefinitionNode t: Add(into, t.Directives, t.Types); break;
            case UnionTypeExtensionNode t: Add(into, t.Directives, t.Types); break;
            case EnumTypeDefinitionNode t: Add(into, t.Directives, t.Values); break;
            case EnumTypeExtensionNode t: Add(into, t.Directives, t.Values); break;
            case InputObjectTypeDefinitionNode t: Add(into, t.Directives, t.Fields); break;
            case InputObjectTypeExtensionNode t: Add(into, t.Directives, t.Fields); break;
            case DirectiveDefinitionNode directive: into.AddRange(directive.Arguments); break;
            case IHasDirectives withDirectives: into.AddRange(withDirectives.Directives); break;
        }
    }

    private static void Add(List<SyntaxNode> into, SyntaxNode? node)
    {
        if (node is not null)
        {
            into.Add(node);
        }
    }

    private static void Add(
        List<SyntaxNode> into, IEnumerable<SyntaxNode> first, IEnumerable<SyntaxNode> second, SyntaxNode? last)
    {
        into.AddRange(first);
        into.AddRange(second);
        Add(into, last);
    }

    private static void Add(List<SyntaxNode> into, IEnumerable<SyntaxNode> first, IEnumerable<SyntaxNode> second)
    {
        into.AddRange(first);
        into.AddRange(second);
    }

    private static void Add(
        List<SyntaxNode> into, IEnumerable<SyntaxNode> first, IEnumerable<SyntaxNode> second, IEnumerable<SyntaxNode> third)
    {
        into.AddRange(first);
        into.AddRange(second);
        into.AddRange(third);
    }
}
