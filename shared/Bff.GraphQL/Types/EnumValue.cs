using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>One value of an enum type and the CLR value it stands for.</summary>
public sealed class EnumValue
{
    internal EnumValue(string name, string? description, object runtimeValue, string coordinate)
    {
        Name = name;
        Description = description;
        RuntimeValue = runtimeValue;
        Coordinate = coordinate;
    }

    /// <summary>The name as written in GraphQL, e.g. <c>IN_STOCK</c>.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>
    /// The CLR value: the member of the bound CLR enum (<see cref="SchemaBuilder.BindEnum{TEnum}(string)"/>),
    /// otherwise the name itself as a string.
    /// </summary>
    public object RuntimeValue { get; }

    /// <summary>The schema coordinate, e.g. <c>Availability.IN_STOCK</c>.</summary>
    public string Coordinate { get; }

    /// <summary>The <c>@deprecated</c> reason, or null.</summary>
    public string? DeprecationReason { get; init; }

    /// <summary>True when the value carries <c>@deprecated</c>.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The SDL definition, or null for values built in code.</summary>
    public EnumValueDefinitionNode? Definition { get; init; }

    /// <summary>The directives applied to the value.</summary>
    public IReadOnlyList<DirectiveNode> Directives => Definition?.Directives ?? [];

    /// <inheritdoc />
    public override string ToString() => Coordinate;
}
