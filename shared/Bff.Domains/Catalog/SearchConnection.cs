using Bff.Backends.Catalog;

namespace Bff.Domains.Catalog;

/// <summary>A page of search hits as a Relay connection; cursors are opaque offsets into the result.</summary>
internal sealed record SearchConnection(
    IReadOnlyList<SearchEdge> Edges, PageInfo PageInfo, int TotalCount, SearchFacets Facets);

/// <summary>One hit and its cursor.</summary>
internal sealed record SearchEdge(string Cursor, Product Node);

/// <summary>Relay's page info.</summary>
internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
