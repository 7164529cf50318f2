namespace Bff.Backends.Http;

/// <summary>
/// Marks a client method as one endpoint. <see cref="Path"/> is a route template such as <c>/products/{id}</c>;
/// each <c>{name}</c> is filled, URL-escaped, from the method parameter of that name.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public abstract class HttpMethodAttribute(string path) : Attribute
{
    /// <summary>The route template, relative to the backend's base URL, starting with '/'.</summary>
    public string Path { get; } = path;
}

/// <summary>A GET endpoint.</summary>
public sealed class GetAttribute(string path) : HttpMethodAttribute(path);

/// <summary>A POST endpoint.</summary>
public sealed class PostAttribute(string path) : HttpMethodAttribute(path);

/// <summary>A PUT endpoint.</summary>
public sealed class PutAttribute(string path) : HttpMethodAttribute(path);

/// <summary>A DELETE endpoint.</summary>
public sealed class DeleteAttribute(string path) : HttpMethodAttribute(path);

/// <summary>On a method returning <c>Task&lt;T?&gt;</c>: a 404 answer becomes <c>null</c> instead of an exception.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class NullOn404Attribute : Attribute;
