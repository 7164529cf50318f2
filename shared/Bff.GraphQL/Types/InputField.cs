using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>An argument (of a field or directive) or a field of an input object type.</summary>
public sealed class InputField
{
    private object? coercedDefault;
    private DefaultState defaultState;

    internal InputField(string name, string? description, IType type, string coordinate)
    {
        Name = name;
        Description = description;
        Type = type;
        Coordinate = coordinate;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>The input type.</summary>
    public IType Type { get; }

    /// <summary>The schema coordinate: <c>Type.field(arg:)</c>, <c>@dir(arg:)</c> or <c>Input.field</c>.</summary>
    public string Coordinate { get; }

    /// <summary>The default value as written in SDL; null when there is none.</summary>
    public ValueNode? DefaultValue { get; init; }

    /// <summary>True when a default value is defined (it may be the literal <c>null</c>).</summary>
    public bool HasDefaultValue => DefaultValue is not null;

    /// <summary>
    /// The default value coerced to <see cref="Type"/> (CLR values as input coercion produces them). Coerced on first
    /// use, because a default may rely on the defaults of input types defined later; the builder forces it, so a
    /// created schema never fails here.
    /// </summary>
    public object? CoercedDefaultValue
    {
        get
        {
            if (defaultState == DefaultState.Done || DefaultValue is null)
            {
                return coercedDefault;
            }

            if (defaultState == DefaultState.Coercing)
            {
                throw new GraphQLCoercionException($"The default value of {Coordinate} depends on itself.");
            }

            defaultState = DefaultState.Coercing;
            try
            {
                coercedDefault = InputCoercion.CoerceLiteral(DefaultValue, Type);
                defaultState = DefaultState.Done;
            }
            finally
            {
                if (defaultState == DefaultState.Coercing)
                {
                    defaultState = DefaultState.Pending;
                }
            }

            return coercedDefault;
        }

        internal init
        {
            coercedDefault = value;
            defaultState = DefaultState.Done;
        }
    }

    /// <summary>The <c>@deprecated</c> reason, or null.</summary>
    public string? DeprecationReason { get; init; }

    /// <summary>True when the input value carries <c>@deprecated</c>.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>True when the type is non-null and there is no default: the value must be given.</summary>
    public bool IsRequired => Type is NonNullType && !HasDefaultValue;

    /// <summary>The SDL definition, or null for input values built in code.</summary>
    public InputValueDefinitionNode? Definition { get; init; }

    /// <summary>The directives applied to the input value.</summary>
    public IReadOnlyList<DirectiveNode> Directives => Definition?.Directives ?? [];

    /// <inheritdoc />
    public override string ToString() => Coordinate;

    private enum DefaultState
    {
        Pending,
        Coercing,
        Done,
    }
}
