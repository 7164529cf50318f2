using System.Runtime.CompilerServices;

namespace Bff.GraphQL.Language;

/// <summary>
/// Structural equality of syntax trees: same node kinds, same names and values, same children in the same order;
/// <see cref="SyntaxNode.Location"/> is ignored. (Records compare their lists by reference, hence this comparer.)
/// </summary>
public sealed class SyntaxComparer : IEqualityComparer<SyntaxNode>
{
    /// <summary>Deepest nesting the comparer walks (the parser allows at most <see cref="ParserOptions.MaxDepthLimit"/>).</summary>
    public const int MaxDepth = 4096;

    /// <summary>The shared instance.</summary>
    public static SyntaxComparer Instance { get; } = new();

    /// <summary>True when both trees are structurally equal (or both null).</summary>
    public static bool AreEqual(SyntaxNode? x, SyntaxNode? y) => Same(x, y, 0);

    public bool Equals(SyntaxNode? x, SyntaxNode? y) => Same(x, y, 0);

    /// <summary>A hash consistent with <see cref="Equals(SyntaxNode?, SyntaxNode?)"/>: kind, name and child count of the root.</summary>
    public int GetHashCode(SyntaxNode obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        string? name = obj switch
        {
            NameNode n => n.Value,
            INamedSyntaxNode n => n.Name?.Value,
            IntValueNode n => n.Value,
            FloatValueNode n => n.Value,
            StringValueNode n => n.Value,
            EnumValueNode n => n.Value,
            _ => null,
        };
        return HashCode.Combine(obj.Kind, name is null ? 0 : StringComparer.Ordinal.GetHashCode(name));
    }

    private static bool Same(SyntaxNode? x, SyntaxNode? y, int depth)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null || x.Kind != y.Kind)
        {
            return false;
        }

        if (++depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new InvalidOperationException($"The syntax tree is nested deeper than the comparer allows ({MaxDepth} levels).");
        }

        switch (x)
        {
            case NameNode a:
                return a.Value == ((NameNode)y).Value;
            case DocumentNode a:
                return List(a.Definitions, ((DocumentNode)y).Definitions, depth);
            case OperationDefinitionNode a:
            {
                var b = (OperationDefinitionNode)y;
                return a.Operation == b.Operation && Same(a.Name, b.Name, depth)
                    && List(a.VariableDefinitions, b.VariableDefinitions, depth)
                    && List(a.Directives, b.Directives, depth) && Same(a.SelectionSet, b.SelectionSet, depth);
            }

            case VariableDefinitionNode a:
            {
                var b = (VariableDefinitionNode)y;
                return Same(a.Variable, b.Variable, depth) && Same(a.Type, b.Type, depth)
                    && Same(a.DefaultValue, b.DefaultValue, depth) && List(a.Directives, b.Directives, depth);
            }

            case SelectionSetNode a:
                return List(a.Selections, ((SelectionSetNode)y).Selections, depth);
            case FieldNode a:
            {
                var b = (FieldNode)y;
                return Same(a.Alias, b.Alias, depth) && Same(a.Name, b.Name, depth)
                    && List(a.Arguments, b.Arguments, depth) && List(a.Directives, b.Directives, depth)
                    && Same(a.SelectionSet, b.SelectionSet, depth);
            }

            case ArgumentNode a:
            {
                var b = (ArgumentNode)y;
                return Same(a.Name, b.Name, depth) && Same(a.Value, b.Value, depth);
            }

            case FragmentSpreadNode a:
            {
                var b = (FragmentSpreadNode)y;
                return Same(a.Name, b.Name, depth) && List(a.Directives, b.Directives, depth);
            }

            case InlineFragmentNode a:
            {
                var b = (InlineFragmentNode)y;
                return Same(a.TypeCondition, b.TypeCondition, depth) && List(a.Directives, b.Directives, depth)
                    && Same(a.SelectionSet, b.SelectionSet, depth);
            }

            case FragmentDefinitionNode a:
            {
                var b = (FragmentDefinitionNode)y;
                return Same(a.Name, b.Name, depth) && Same(a.TypeCondition, b.TypeCondition, depth)
                    && List(a.Directives, b.Directives, depth) && Same(a.SelectionSet, b.SelectionSet, depth);
            }

            case VariableNode a:
                return Same(a.Name, ((VariableNode)y).Name, depth);
            case IntValueNode a:
                return a.Value == ((IntValueNode)y).Value;
            case FloatValueNode a:
                return a.Value == ((FloatValueNode)y).Value;
            case StringValueNode a:
            {
                var b = (StringValueNode)y;
                return a.Value == b.Value && a.Block == b.Block;
            }

            case BooleanValueNode a:
                return a.Value == ((BooleanValueNode)y).Value;
            case NullValueNode:
                return true;
            case EnumValueNode a:
                return a.Value == ((EnumValueNode)y).Value;
            case ListValueNode a:
                return List(a.Values, ((ListValueNode)y).Values, depth);
            case ObjectValueNode a:
                return List(a.Fields, ((ObjectValueNode)y).Fields, depth);
            case ObjectFieldNode a:
            {
                var b = (ObjectFieldNode)y;
                return Same(a.Name, b.Name, depth) && Same(a.Value, b.Value, depth);
            }

            case DirectiveNode a:
            {
                var b = (DirectiveNode)y;
                return Same(a.Name, b.Name, depth) && List(a.Arguments, b.Arguments, depth);
            }

            case NamedTypeNode a:
                return Same(a.Name, ((NamedTypeNode)y).Name, depth);
            case ListTypeNode a:
                return Same(a.Type, ((ListTypeNode)y).Type, depth);
            case NonNullTypeNode a:
                return Same(a.Type, ((NonNullTypeNode)y).Type, depth);
            case SchemaDefinitionNode a:
            {
                var b = (SchemaDefinitionNode)y;
                return Same(a.Description, b.Description, depth) && List(a.Directives, b.Directives, depth)
                    && List(a.OperationTypes, b.OperationTypes, depth);
            }

            case OperationTypeDefinitionNode a:
            {
                var b = (OperationTypeDefinitionNode)y;
                return a.Operation == b.Operation && Same(a.Type, b.Type, depth);
            }

            case ScalarTypeDefinitionNode a:
            {
                var b = (ScalarTypeDefinitionNode)y;
                return Same(a.Description, b.Description, depth) && Same(a.Name, b.Name, depth)
                    && List(a.Directives, b.Directives, depth);
            }

            case ObjectTypeDefinitionNode a:
            {
                var b = (ObjectTypeDefinitionNode)y;
                return Same(a.Description, b.Description, depth) && Same(a.Name, b.Name, depth)
                    && List(a.Interfaces, b.Interfaces, depth) && List(a.Directives, b.Directives, depth)
                    && List(a.Fields, b.Fields, depth);
            }

            case FieldDefinitionNode a:
            {
                var b = (FieldDefinitionNode)y;
                return Same(a.Description, b.Description, depth) && Same(a.Name, b.Name, depth)
                    && List(a.Arguments, b.Arguments, depth) && Same(a.Type, b.Type, depth)
                    && List(a.Directives, b.Directives, depth);
            }

            case InputValueDefinitionNode a:
            {
                var b = (InputValueDefinitionNode)y;
                return Same(a.Description, b.Description, depth) && Same(a.Name, b.Name, depth)
                    && Same(a.Type, b.Type, depth) && Same(a.DefaultValue, b.DefaultValue, depth)
                    && List(a.Directives, b.Directives, depth);
            }

            case InterfaceTypeDefinitionNode a:
            {
                var b = (InterfaceTypeDefinitionNode)y;
                return Same(a.Description, b.Description, depth) && Same(a.Name, b.Name, depth)
                    && List(a.Interfaces, b.Interfaces, depth) && List(a.Directives, b.Directives, depth)
                    && List(a.Fields, b.Fields, depth);
            }

            case UnionTypeDefinitionNode a:
            {
                var b = (UnionTypeDefinitionNode)y;
                return Same(a.Description, b.Description, depth) && Same(a.Name, b.Name, depth)
                    && List(a.Directives, b.Directives, depth) && List(a.Types, b.Types, depth);
            }

            case EnumTypeDefinitionNode a:
            {
                var b = (EnumTypeDefinitionNode)y;
                return Same(a.Description, b.Description, depth) && Same(a.Name, b.Name, depth)
                    && List(a.Directives, b.Directives, depth) && List(a.Values, b.Values, depth);
            }

            case EnumValueDefinitionNode a:
            {
                var b = (EnumValueDefinitionNode)y;
                return Same(a.Description, b.Description, depth) && Same(a.Name, b.Name, depth)
                    && List(a.Directives, b.Directives, depth);
            }

            case InputObjectTypeDefinitionNode a:
            {
                var b = (InputObjectTypeDefinitionNode)y;
                return Same(a.Description, b.Description, depth) && Same(a.Name, b.Name, depth)
                    && List(a.Directives, b.Directives, depth) && List(a.Fields, b.Fields, depth);
            }

            case DirectiveDefinitionNode a:
            {
                var b = (DirectiveDefinitionNode)y;
                return Same(a.Description, b.Description, depth) && Same(a.Name, b.Name, depth)
                    && List(a.Arguments, b.Arguments, depth) && a.Repeatable == b.Repeatable
                    && List(a.Locations, b.Locations, depth) && List(a.Directives, b.Directives, depth);
            }

            case SchemaExtensionNode a:
            {
                var b = (SchemaExtensionNode)y;
                return List(a.Directives, b.Directives, depth) && List(a.OperationTypes, b.OperationTypes, depth);
            }

            case ScalarTypeExtensionNode a:
            {
                var b = (ScalarTypeExtensionNode)y;
                return Same(a.Name, b.Name, depth) && List(a.Directives, b.Directives, depth);
            }

            case ObjectTypeExtensionNode a:
            {
                var b = (ObjectTypeExtensionNode)y;
                return Same(a.Name, b.Name, depth) && List(a.Interfaces, b.Interfaces, depth)
                    && List(a.Directives, b.Directives, depth) && List(a.Fields, b.Fields, depth);
            }

            case InterfaceTypeExtensionNode a:
            {
                var b = (InterfaceTypeExtensionNode)y;
                return Same(a.Name, b.Name, depth) && List(a.Interfaces, b.Interfaces, depth)
                    && List(a.Directives, b.Directives, depth) && List(a.Fields, b.Fields, depth);
            }

            case UnionTypeExtensionNode a:
            {
                var b = (UnionTypeExtensionNode)y;
                return Same(a.Name, b.Name, depth) && List(a.Directives, b.Directives, depth)
                    && List(a.Types, b.Types, depth);
            }

            case EnumTypeExtensionNode a:
            {
                var b = (EnumTypeExtensionNode)y;
                return Same(a.Name, b.Name, depth) && List(a.Directives, b.Directives, depth)
                    && List(a.Values, b.Values, depth);
            }

            case InputObjectTypeExtensionNode a:
            {
                var b = (InputObjectTypeExtensionNode)y;
                return Same(a.Name, b.Name, depth) && List(a.Directives, b.Directives, depth)
                    && List(a.Fields, b.Fields, depth);
            }

            default:
                throw new ArgumentException($"Unknown syntax node {x.GetType().Name}.", nameof(x));
        }
    }

    private static bool List(IReadOnlyList<SyntaxNode>? x, IReadOnlyList<SyntaxNode>? y, int depth)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        int nx = x?.Count ?? 0;
        int ny = y?.Count ?? 0;
        if (nx != ny)
        {
            return false;
        }

        for (int i = 0; i < nx; i++)
        {
            if (!Same(x![i], y![i], depth))
            {
                return false;
            }
        }

        return true;
    }
}
