namespace Bff.Testing;

/// <summary>One change between two schemas as graphql-js's <c>findBreakingChanges</c> reports it.</summary>
/// <param name="Type">graphql-js's <c>BreakingChangeType</c>, e.g. <c>FIELD_REMOVED</c>.</param>
/// <param name="Description">graphql-js's sentence, e.g. <c>User.phone was removed.</c></param>
public sealed record SchemaChange(string Type, string Description)
{
    /// <inheritdoc />
    public override string ToString() => $"{Type}: {Description}";
}
