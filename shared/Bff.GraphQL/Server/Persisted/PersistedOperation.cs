namespace Bff.GraphQL.Server.Persisted;

/// <summary>One operation deployed with the service: its id, its document, and (from a manifest) its name and type.</summary>
/// <param name="Id">The id clients send (<c>id</c>/<c>documentId</c>, or the APQ <c>sha256Hash</c>).</param>
/// <param name="Body">The operation's document text.</param>
/// <param name="Name">The operation's name, for start-up errors.</param>
/// <param name="Type"><c>query</c>, <c>mutation</c> or <c>subscription</c>, when the manifest says.</param>
public sealed record PersistedOperation(string Id, string Body, string? Name = null, string? Type = null);
