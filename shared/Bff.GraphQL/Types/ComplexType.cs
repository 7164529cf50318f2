namespace Bff.GraphQL.Types;

/// <summary>An object or interface type: a type with output fields that may implement interfaces.</summary>
public abstract class ComplexType : NamedType
{
    private protected ComplexType(string name, string? description, TypeSyntax? syntax)
        : base(name, description, syntax)
    {
    }

    /// <summary>The fields, in definition order (meta fields such as <c>__typename</c> are not listed).</summary>
    public NamedCollection<OutputField> Fields { get; private set; } = new([], f => f.Name);

    /// <summary>The interfaces this type declares it implements, in declaration order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces { get; private set; } = [];

    /// <summary>True when this type declares <paramref name="interfaceType"/> among its interfaces.</summary>
    public bool Implements(InterfaceType interfaceType) => Interfaces.Contains(interfaceType);

    // Types reference each other in cycles, so members are attached once every type of the schema exists.
    internal void Complete(IEnumerable<OutputField> fields, IEnumerable<InterfaceType> interfaces)
    {
        Fields = new NamedCollection<OutputField>(fields, f => f.Name);
        Interfaces = [.. interfaces];
    }
}
