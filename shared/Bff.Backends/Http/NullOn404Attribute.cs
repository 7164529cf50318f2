namespace Bff.Backends.Http;

/// <summary>
/// On a contract method returning <c>Task&lt;T?&gt;</c>: the backend's 404 means "no such thing" and becomes
/// <c>null</c> instead of a <see cref="BackendException"/>. Refit has no such notion; the client registration reads
/// this attribute once at start-up and maps the 404 of these methods, by Refit's <c>Refit.MethodName</c> request option.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class NullOn404Attribute : Attribute;
