namespace Bff.GraphQL.Types;

/// <summary>An input object type. Coerced input objects are <c>IReadOnlyDictionary&lt;string, object?&gt;</c>.</summary>
public sealed class InputObjectType : NamedType
{
    internal InputObjectType(string name, string? description, TypeSyntax? syntax = null)
        : base(name, description, syntax)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>The input fields, in definition order.</summary>
    public NamedCollection<InputField> Fields { get; private set; } = new([], f => f.Name);

    internal void Complete(IEnumerable<InputField> fields) => Fields = new NamedCollection<InputField>(fields, f => f.Name);
}
