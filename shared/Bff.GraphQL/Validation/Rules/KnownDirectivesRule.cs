using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Validation;

/// <summary>Spec 5.7.1 Directives Are Defined, and 5.7.2 Directives Are In Valid Locations.</summary>
internal sealed class KnownDirectivesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.Directive];


    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override bool Enter(SyntaxNode node)
    {
        var name = ((DirectiveNode)node).Name.Value;
        if (!Context.Directives.TryGetValue(name, out var shape))
        {
            Report($"Unknown directive \"@{name}\".", node);
            return true;
        }

        var location = LocationOf(Context.Ancestors);
        if (location is not null && !shape.Locations.Contains(location))
        {
            Report($"Directive \"@{name}\" may not be used on {location}.", node);
        }

        return true;
    }

    // The location of the node the directive is applied to: the directive's parent in the walk.
    private static string? LocationOf(List<SyntaxNode> ancestors)
    {
        var location = ancestors[^2] switch
        {
            OperationDefinitionNode op => op.Operation switch
            {
                OperationType.Query => DirectiveLocation.Query,
                OperationType.Mutation => DirectiveLocation.Mutation,
                _ => DirectiveLocation.Subscription,
            },
            FieldNode => DirectiveLocation.Field,
            FragmentSpreadNode => DirectiveLocation.FragmentSpread,
            InlineFragmentNode => DirectiveLocation.InlineFragment,
            FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
            VariableDefinitionNode => DirectiveLocation.VariableDefinition,
            SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.Schema,
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
            FieldDefinitionNode => DirectiveLocation.FieldDefinition,
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
            UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
            EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
            EnumValueDefinitionNode => DirectiveLocation.EnumValue,
            InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocation.InputObject,
            // As graphql-js: only fields of an input type definition (not of an extension) are input field definitions.
            InputValueDefinitionNode => ancestors[^3] is InputObjectTypeDefinitionNode
                ? DirectiveLocation.InputFieldDefinition
                : DirectiveLocation.ArgumentDefinition,
            _ => DirectiveLocation.None,
        };
        return location == DirectiveLocation.None ? null : SpecNames.Of(location);
    }
}
