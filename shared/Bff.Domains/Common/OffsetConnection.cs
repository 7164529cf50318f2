using Bff.Backends;

namespace Bff.Domains.Common;

/// <summary>
/// Cursor pages over backends that page by number: the window <c>[start, start + first)</c> of the whole list, read
/// from fixed-size backend pages, and its edges with offset cursors (<see cref="OffsetCursor"/>).
/// </summary>
internal static class OffsetConnection
{
    /// <summary>The edges of <paramref name="items"/>, the first of which is at <paramref name="start"/> of <paramref name="totalCount"/>.</summary>
    public static Connection<T> Of<T>(IReadOnlyList<T> items, int start, int totalCount)
    {
        var edges = items.Select((item, i) => new Edge<T>(OffsetCursor.Encode(start + i), item)).ToList();
        var info = new PageInfo(
            start + edges.Count < totalCount, start > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection<T>(edges, info, totalCount);
    }

    /// <summary>
    /// Reads the window from pages of <paramref name="pageSize"/> (at most two, as <paramref name="first"/> is at most
    /// the page size), so that every <c>first</c>/<c>after</c> pair shares the same cached backend pages. Null when the
    /// backend has no such list (an unknown product).
    /// </summary>
    public static async Task<Connection<T>?> ReadAsync<T>(int start, int first, int pageSize, Func<int, Task<Paged<T>?>> readPage)
    {
        var number = start / pageSize + 1;
        if (await readPage(number).ConfigureAwait(false) is not { } page)
        {
            return null;
        }

        var items = page.Items.Skip(start % pageSize).Take(first).ToList();
        if (items.Count < first && number < page.TotalPages
            && await readPage(number + 1).ConfigureAwait(false) is { } next)
        {
            items.AddRange(next.Items.Take(first - items.Count));
        }

        return Of(items, start, page.TotalCount);
    }
}
