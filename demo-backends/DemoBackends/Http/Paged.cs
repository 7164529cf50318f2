namespace DemoBackends.Http;

/// <summary>A page of a longer list; <c>page</c> is 1-based.</summary>
internal sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public int TotalPages => (TotalCount + PageSize - 1) / PageSize;

    public static Paged<T> From(IReadOnlyList<T> all, int page, int pageSize) =>
        new(all.Skip((page - 1) * pageSize).Take(pageSize).ToList(), page, pageSize, all.Count);
}
