namespace Bff.GraphQL.Server;

/// <summary>
/// A GraphQL request as the GraphQL-over-HTTP draft defines its parameters. <see cref="Variables"/> and
/// <see cref="Extensions"/> hold <see cref="System.Text.Json.JsonElement"/>s as read from the wire, or plain CLR values.
/// </summary>
public sealed record GraphQLRequest(
    string? Query,
    string? OperationName = null,
    IReadOnlyDictionary<string, object?>? Variables = null,
    IReadOnlyDictionary<string, object?>? Extensions = null)
{
    /// <summary>The id of a persisted operation (the <c>id</c> or <c>documentId</c> parameter), if given.</summary>
    public string? DocumentId { get; init; }

    /// <summary>True for HTTP GET, where only queries may run.</summary>
    public bool IsReadOnly { get; init; }

    /// <summary>
    /// The incremental delivery format the client accepts (<c>multipart/mixed</c>), or null: then <c>@defer</c> and
    /// <c>@stream</c> run inline and the whole result comes at once.
    /// </summary>
    public Execution.Incremental.IncrementalFormat? IncrementalDelivery { get; init; }
}
