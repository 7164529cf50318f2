namespace Bff.GraphQL.Execution;

/// <summary>
/// A custom scalar could not serialize a resolved value. Masked like any unexpected error: the value is server data
/// and the hook's message may carry it, so neither reaches the client (outside Development).
/// </summary>
internal sealed class ScalarSerializationException(string scalar, Exception inner)
    : Exception($"The custom scalar {scalar} could not serialize a resolved value.", inner);
