namespace Bff.GraphQL.Types;

/// <summary>One problem found while building a schema, with the schema coordinate it concerns (when there is one).</summary>
public sealed record SchemaError(string Message, string? Coordinate = null)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
