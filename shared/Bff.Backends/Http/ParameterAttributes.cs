namespace Bff.Backends.Http;

/// <summary>
/// Sends the parameter in the query string (the default for parameters that fill no route placeholder).
/// <c>IEnumerable&lt;T&gt;</c> values are sent as one comma list (<c>?ids=1,2,3</c>); null values are left out.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class QueryAttribute : Attribute
{
    /// <summary>Uses the parameter's own name.</summary>
    public QueryAttribute()
    {
    }

    /// <summary>Uses <paramref name="name"/> as the query parameter's name.</summary>
    public QueryAttribute(string name) => Name = name;

    /// <summary>The query parameter's name, or null for the C# parameter name.</summary>
    public string? Name { get; }
}

/// <summary>Sends the parameter, a string, as the request header <see cref="Name"/>; null sends no header.</summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class HeaderAttribute(string name) : Attribute
{
    /// <summary>The header's name, e.g. <c>Idempotency-Key</c>.</summary>
    public string Name { get; } = name;
}

/// <summary>Sends the parameter as the JSON request body, serialized with the client's JSON context.</summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class BodyAttribute : Attribute;

/// <summary>Names the route placeholder or query parameter differently from the C# parameter.</summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class AliasAsAttribute(string name) : Attribute
{
    /// <summary>The name on the wire.</summary>
    public string Name { get; } = name;
}
