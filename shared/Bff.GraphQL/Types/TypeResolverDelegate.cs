namespace Bff.GraphQL.Types;

/// <summary>
/// Names the object type of a value returned for an interface or union field; null when the hook does not know,
/// in which case the schema falls back to runtime type bindings.
/// </summary>
public delegate string? TypeResolverDelegate(object value);
