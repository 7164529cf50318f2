using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>
/// A scalar type: the five built-ins (<see cref="Int"/>, <see cref="Float"/>, <see cref="String"/>,
/// <see cref="Boolean"/>, <see cref="ID"/>) or a custom scalar given by its coercion hooks.
/// Null passes through every method as null: non-null is the wrapping type's concern.
/// Hooks report bad values by throwing <see cref="GraphQLCoercionException"/>; any other exception they throw is
/// wrapped in one.
/// </summary>
public sealed partial class ScalarType : NamedType
{
    private readonly ScalarHooks hooks;

    /// <summary>Creates a custom scalar.</summary>
    /// <param name="name">The scalar's name.</param>
    /// <param name="serialize">Output coercion of a resolved (non-null) value to a JSON-serializable value.</param>
    /// <param name="parseValue">Input coercion of a (non-null, JSON-normalized, see <see cref="JsonInput"/>) variable
    /// value; identity when omitted.</param>
    /// <param name="parseLiteral">Input coercion of a (non-null) literal, with the request's variables; when omitted
    /// the literal is read as plain JSON-like data and handed to <paramref name="parseValue"/>.</param>
    /// <param name="description">The description.</param>
    /// <param name="specifiedByUrl">The URL of the scalar's specification, printed as <c>@specifiedBy(url:)</c>.</param>
    public ScalarType(
        string name,
        Func<object, object?> serialize,
        Func<object, object?>? parseValue = null,
        Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?>? parseLiteral = null,
        string? description = null,
        string? specifiedByUrl = null)
        : this(name, description, specifiedByUrl, new ScalarHooks(serialize, parseValue, parseLiteral), null)
    {
    }

    private ScalarType(string name, string? description, string? specifiedByUrl, ScalarHooks hooks, TypeSyntax? syntax)
        : base(name, description, syntax)
    {
        this.hooks = hooks;
        SpecifiedByUrl = specifiedByUrl;
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL given with <c>@specifiedBy</c>, or null.</summary>
    public string? SpecifiedByUrl { get; }

    /// <summary>Output coercion, e.g. <c>Int</c> turns <c>42L</c> into <c>42</c>.</summary>
    public object? Serialize(object? value) => value is null ? null : Run(hooks.Serialize, value);

    /// <summary>Input coercion of a variable value; a <see cref="System.Text.Json.JsonElement"/> is accepted.</summary>
    public object? ParseValue(object? value)
    {
        value = JsonInput.Normalize(value);
        return value is null ? null : Run(hooks.ParseValue, value);
    }

    /// <summary>Input coercion of a literal. Variables inside the literal are only meaningful to custom scalars.</summary>
    public object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (literal is NullValueNode)
        {
            return null;
        }

        return Run(node => hooks.ParseLiteral(node, variables), literal);
    }

    /// <summary>This scalar with the description, <c>@specifiedBy</c> and syntax of its SDL definition.</summary>
    internal ScalarType WithSyntax(string? description, string? specifiedByUrl, TypeSyntax syntax) =>
        new(Name, description ?? Description, specifiedByUrl ?? SpecifiedByUrl, hooks, syntax);

    private T Run<T, TIn>(Func<TIn, T> hook, TIn input)
        where TIn : notnull
    {
        try
        {
            return hook(input);
        }
        catch (Exception ex) when (ex is not GraphQLCoercionException)
        {
            var shown = input is ValueNode node ? ValuePrinting.Print(node) : Inspect.Value(input);
            throw new GraphQLCoercionException($"{Name} cannot represent value: {shown}. {ex.Message}", ex);
        }
    }
}
