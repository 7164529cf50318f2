using Bff.Backends.Catalog;
using Bff.Caching;
using Bff.Domains.Common;
using Bff.GraphQL.Execution;

namespace Bff.Domains.Catalog;

/// <summary>
/// <c>Query.searchProducts</c>: the backend pages by number, the connection by cursor. A window that starts inside a
/// backend page takes the rest of that page and, if short, the start of the next (at most two calls, each cached).
/// </summary>
internal static class SearchResolver
{
    private const int MaxFirst = 100;
    private const int MaxTextLength = 200;
    private const int MaxOffset = 1_000_000;

    public static async Task<SearchConnection> SearchAsync(SearchArguments search, ICatalogClient client, IResolverContext context)
    {
        var page = search.Start / search.First + 1;
        var skip = search.Start % search.First;
        var first = await PageAsync(search, page, client, context).ConfigureAwait(false);
        var hits = first.Items.Skip(skip).ToList();
        if (hits.Count < search.First && skip > 0 && page < first.TotalPages)
        {
            var next = await PageAsync(search, page + 1, client, context).ConfigureAwait(false);
            hits.AddRange(next.Items.Take(search.First - hits.Count));
        }

        var connection = OffsetConnection.Of(hits, search.Start, first.TotalCount);
        return new SearchConnection(connection.Edges, connection.PageInfo, connection.TotalCount, first.Facets);
    }

    public static SearchArguments Arguments(IResolverContext context)
    {
        return new SearchArguments(
            Text(context, "query"), context.OptionalArgument("categoryId", Ids.Category), Text(context, "brand"),
            context.Count("first", MaxFirst), OffsetCursor.StartAfter(context, MaxOffset));
    }

    // Search text becomes part of a cache key and a backend URL: keep it short.
    private static string? Text(IResolverContext context, string name) =>
        context.ArgumentValue<string>(name) is { Length: > MaxTextLength }
            ? throw new GraphQLException($"Argument \"{name}\" must be at most {MaxTextLength} characters.", DomainErrorCodes.BadUserInput)
            : context.ArgumentValue<string>(name);

    private static Task<ProductSearchResult> PageAsync(SearchArguments search, int page, ICatalogClient client, IResolverContext context)
    {
        // Every part of the search is in the key (escaped by CacheKeys), so equal searches share one entry.
        var id = string.Join('|', search.Query, search.CategoryId, search.Brand, search.First, page);
        return CachedRead.GetAsync(
            context, CatalogModule.Backend, CacheKeys.Public(CatalogModule.Backend, "search-v1", id), CatalogModule.SearchPolicy,
            ct => client.SearchProductsAsync(search.Query, search.CategoryId, search.Brand, page, search.First, ct));
    }
}

/// <summary>The checked arguments of a search; <see cref="Start"/> is the offset of its first hit.</summary>
internal sealed record SearchArguments(string? Query, string? CategoryId, string? Brand, int First, int Start);
