using Bff.Backends.Catalog;
using Bff.Domains.Common;

namespace Bff.Domains.Catalog;

/// <summary>A page of search hits as a Relay connection with the facets of the whole result; cursors are offsets.</summary>
internal sealed record SearchConnection(
    IReadOnlyList<Edge<Product>> Edges, PageInfo PageInfo, int TotalCount, SearchFacets Facets);
