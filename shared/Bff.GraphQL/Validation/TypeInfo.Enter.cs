using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Validation;

internal sealed partial class TypeInfo
{
    public void Enter(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                var named = Type?.NamedType();
                parentTypeStack.Add(named is not null && named.IsCompositeType() ? named : null);
                break;
            case FieldNode field:
                var fieldDef = FieldDefinition(schema, ParentType, field.Name.Value);
                fieldDefStack.Add(fieldDef);
                typeStack.Add(fieldDef?.Type);
                break;
            case DirectiveNode directive:
                Directive = schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                typeStack.Add(schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                EnterFragment(inline.TypeCondition);
                break;
            case FragmentDefinitionNode fragment:
                EnterFragment(fragment.TypeCondition);
                break;
            case VariableDefinitionNode variable:
                var variableType = schema.TypeFromAst(variable.Type);
                inputTypeStack.Add(variableType is not null && variableType.IsInputType() ? variableType : null);
                break;
            case ArgumentNode argument:
                EnterArgument(argument);
                break;
            case ListValueNode:
                var listType = InputType?.NullableType();
                var itemType = listType is ListType list ? list.OfType : listType;
                hasDefaultStack.Add(false);
                inputTypeStack.Add(itemType is not null && itemType.IsInputType() ? itemType : null);
                break;
            case ObjectFieldNode objectField:
                InputField? inputField = null;
                if (InputType?.NamedType() is InputObjectType inputObject)
                {
                    inputObject.Fields.TryGetValue(objectField.Name.Value, out inputField);
                }

                hasDefaultStack.Add(inputField?.HasDefaultValue ?? false);
                inputTypeStack.Add(inputField?.Type);
                break;
        }
    }

    private void EnterFragment(NamedTypeNode? typeCondition)
    {
        IType? type = typeCondition is not null ? schema.TypeFromAst(typeCondition) : Type?.NamedType();
        typeStack.Add(type is not null && type.IsOutputType() ? type : null);
    }

    private void EnterArgument(ArgumentNode argument)
    {
        var arguments = Directive?.Arguments ?? FieldDef?.Arguments;
        InputField? definition = null;
        arguments?.TryGetValue(argument.Name.Value, out definition);
        Argument = definition;
        hasDefaultStack.Add(definition?.HasDefaultValue ?? false);
        inputTypeStack.Add(definition?.Type);
    }
}
