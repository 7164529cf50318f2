using Bff.GraphQL.Execution;
using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>A field of an object or interface type.</summary>
public sealed class OutputField
{
    internal OutputField(
        string name, string? description, IType type, IEnumerable<InputField> arguments, ComplexType? declaringType)
    {
        Name = name;
        Description = description;
        Type = type;
        Arguments = new NamedCollection<InputField>(arguments, a => a.Name);
        DeclaringType = declaringType;
        Coordinate = declaringType is null ? name : $"{declaringType.Name}.{name}";
    }

    /// <summary>The field's name.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>The field's output type.</summary>
    public IType Type { get; }

    /// <summary>The arguments, in definition order.</summary>
    public NamedCollection<InputField> Arguments { get; }

    /// <summary>The <c>@deprecated</c> reason, or null when the field is not deprecated.</summary>
    public string? DeprecationReason { get; init; }

    /// <summary>True when the field carries <c>@deprecated</c>.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The type that declares the field; null only for the meta fields <c>__schema</c>, <c>__type</c>, <c>__typename</c>.</summary>
    public ComplexType? DeclaringType { get; }

    /// <summary>The schema coordinate, e.g. <c>Product.price</c>.</summary>
    public string Coordinate { get; }

    /// <summary>
    /// How the field is resolved. Set on every field of an object type in a created schema
    /// (unless strict resolvers are off, when a dynamic member lookup stands in); null on interface fields.
    /// </summary>
    public FieldResolverDelegate? Resolver { get; internal set; }

    /// <summary>The subscribe function of a subscription root field (its source event stream), or null.</summary>
    public SubscribeResolverDelegate? Subscriber { get; internal set; }

    /// <summary>
    /// When <see cref="Resolver"/> only reads a member of the parent, that read: the executor calls it directly, with
    /// no resolver context to allocate.
    /// </summary>
    internal Func<object, object?>? MemberReader { get; set; }

    /// <summary>The SDL definition, or null for fields built in code.</summary>
    public FieldDefinitionNode? Definition { get; init; }

    /// <summary>The directives applied to the field.</summary>
    public IReadOnlyList<DirectiveNode> Directives => Definition?.Directives ?? [];

    /// <inheritdoc />
    public override string ToString() => Coordinate;
}
