namespace Bff.Domains.Common;

/// <summary>A page of a list as a Relay connection (<c>edges</c>, <c>pageInfo</c>, <c>totalCount</c>).</summary>
internal sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int TotalCount);

/// <summary>One item of a connection and its cursor.</summary>
internal sealed record Edge<T>(string Cursor, T Node);

/// <summary>Relay's page info.</summary>
internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
