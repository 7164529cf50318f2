using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Validation;

/// <summary>
/// Tracks the schema types at the walker's position, after graphql-js's <c>TypeInfo</c>: enter and leave must be
/// called for every node in document order. Unknown names give null, so rules never see a type that does not exist.
/// </summary>
internal sealed partial class TypeInfo(Schema schema)
{
    private Schema schema = schema;

    private readonly List<IType?> typeStack = [];
    private readonly List<NamedType?> parentTypeStack = [];
    private readonly List<IType?> inputTypeStack = [];
    private readonly List<OutputField?> fieldDefStack = [];
    private readonly List<bool> hasDefaultStack = [];

    /// <summary>The output type of the current field, operation or fragment.</summary>
    public IType? Type => Top(typeStack);

    /// <summary>The composite type whose selection set holds the current selection.</summary>
    public NamedType? ParentType => Top(parentTypeStack);

    /// <summary>The input type expected at the current argument, list item, input field or variable definition.</summary>
    public IType? InputType => Top(inputTypeStack);

    /// <summary>The input type enclosing the current one (the list or input object type).</summary>
    public IType? ParentInputType => inputTypeStack.Count > 1 ? inputTypeStack[^2] : null;

    /// <summary>The definition of the current field.</summary>
    public OutputField? FieldDef => Top(fieldDefStack);

    /// <summary>True when the current input position has a default value in the schema.</summary>
    public bool HasDefaultValue => hasDefaultStack.Count > 0 && hasDefaultStack[^1];

    /// <summary>The definition of the current directive.</summary>
    public DirectiveType? Directive { get; private set; }

    /// <summary>The definition of the current argument.</summary>
    public InputField? Argument { get; private set; }

    /// <summary>The field definition graphql-js's <c>getFieldDef</c> finds: meta fields first, then the type's own.</summary>
    public static OutputField? FieldDefinition(Schema schema, NamedType? parentType, string name)
    {
        if (name == "__schema" && ReferenceEquals(parentType, schema.QueryType))
        {
            return Schema.SchemaField;
        }

        if (name == "__type" && ReferenceEquals(parentType, schema.QueryType))
        {
            return Schema.TypeField;
        }

        if (name == "__typename" && parentType is not null && parentType.IsCompositeType())
        {
            return Schema.TypeNameField;
        }

        return parentType is ComplexType complex && complex.Fields.TryGetValue(name, out var field) ? field : null;
    }

    public void Leave(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet:
                Pop(parentTypeStack);
                break;
            case SyntaxKind.Field:
                Pop(fieldDefStack);
                Pop(typeStack);
                break;
            case SyntaxKind.Directive:
                Directive = null;
                break;
            case SyntaxKind.OperationDefinition or SyntaxKind.InlineFragment or SyntaxKind.FragmentDefinition:
                Pop(typeStack);
                break;
            case SyntaxKind.VariableDefinition:
                Pop(inputTypeStack);
                break;
            case SyntaxKind.Argument:
                Argument = null;
                Pop(hasDefaultStack);
                Pop(inputTypeStack);
                break;
            case SyntaxKind.ListValue or SyntaxKind.ObjectField:
                Pop(hasDefaultStack);
                Pop(inputTypeStack);
                break;
        }
    }

    /// <summary>Empties the stacks for another walk, possibly over another schema (the capacity is kept).</summary>
    public void Reset(Schema newSchema)
    {
        schema = newSchema;
        typeStack.Clear();
        parentTypeStack.Clear();
        inputTypeStack.Clear();
        fieldDefStack.Clear();
        hasDefaultStack.Clear();
        Directive = null;
        Argument = null;
    }

    private static T? Top<T>(List<T> stack) => stack.Count > 0 ? stack[^1] : default;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
