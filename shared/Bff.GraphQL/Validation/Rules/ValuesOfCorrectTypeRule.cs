using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Validation;

/// <summary>
/// Spec 5.6.1 Values of Correct Type (with 5.6.2 Input Object Field Names and 5.6.4 Input Object Required Fields):
/// every literal can be coerced to the input type expected where it stands.
/// </summary>
internal sealed class ValuesOfCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [
        SyntaxKind.ListValue, SyntaxKind.ObjectValue, SyntaxKind.ObjectField, SyntaxKind.NullValue, SyntaxKind.EnumValue,
        SyntaxKind.IntValue, SyntaxKind.FloatValue, SyntaxKind.StringValue, SyntaxKind.BooleanValue,
    ];

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override bool Enter(SyntaxNode node)
    {
        var typeInfo = Context.TypeInfo;
        switch (node)
        {
            case ListValueNode list when typeInfo.ParentInputType?.NullableType() is not ListType:
                CheckLeaf(list);
                return false;
            case ObjectValueNode obj when typeInfo.InputType?.NamedType() is not InputObjectType:
                CheckLeaf(obj);
                return false;
            case ObjectValueNode obj:
                CheckRequiredFields(obj, (InputObjectType)typeInfo.InputType!.NamedType());
                break;
            case ObjectFieldNode field when typeInfo.InputType is null
                && typeInfo.ParentInputType?.NamedType() is InputObjectType parent:
                var suggestions = Suggestions.List(field.Name.Value, parent.Fields.Select(f => f.Name));
                Report(
                    $"Field \"{field.Name.Value}\" is not defined by type \"{parent.Name}\"." + Suggestions.DidYouMean(suggestions),
                    field);
                break;
            case NullValueNode when typeInfo.InputType is NonNullType nonNull:
                Report($"Expected value of type \"{nonNull}\", found null.", node);
                break;
            case ValueNode value and not (ListValueNode or ObjectValueNode or NullValueNode):
                CheckLeaf(value);
                break;
        }

        return true;
    }

    private void CheckRequiredFields(ObjectValueNode value, InputObjectType type)
    {
        foreach (var field in type.Fields)
        {
            if (field.IsRequired && !value.Fields.Any(f => f.Name.Value == field.Name))
            {
                Report($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", value);
            }
        }
    }

    private void CheckLeaf(ValueNode value)
    {
        if (Context.TypeInfo.InputType is not { } locationType)
        {
            return;
        }

        var message = locationType.NamedType() switch
        {
            EnumType enumType => LeafValues.CheckEnum(enumType, value),
            ScalarType scalar => LeafValues.CheckScalar(scalar, locationType, value),
            _ => $"Expected value of type \"{locationType}\", found {ValuePrinting.Print(value)}.",
        };
        if (message is not null)
        {
            Report(message, value);
        }
    }
}
