using System.Text.Json;

namespace Bff.Testing;

/// <summary>Paging forward through a Relay connection in tests, the way a client does.</summary>
public static class RelayPages
{
    /// <summary>
    /// Every page of a connection, from the first (<c>after: null</c>) on, each asked with the <c>endCursor</c> of the
    /// one before while <c>hasNextPage</c>; <paramref name="readPage"/> returns the connection object of one response.
    /// Stops at <paramref name="maxPages"/> so that a connection that never ends fails its test instead of hanging it.
    /// </summary>
    public static async Task<IReadOnlyList<JsonElement>> WalkAsync(Func<string?, Task<JsonElement>> readPage, int maxPages = 100)
    {
        var pages = new List<JsonElement>();
        string? after = null;
        do
        {
            var page = await readPage(after);
            pages.Add(page);
            var info = page.GetProperty("pageInfo");
            after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null && pages.Count < maxPages);

        return pages;
    }

    /// <summary>The <c>node.id</c> of every edge of the pages, in order.</summary>
    public static IEnumerable<string?> NodeIds(this IEnumerable<JsonElement> pages) =>
        pages.SelectMany(p => p.GetProperty("edges").EnumerateArray()).Select(e => e.GetProperty("node").GetProperty("id").GetString());
}
