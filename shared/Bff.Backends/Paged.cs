namespace Bff.Backends;

/// <summary>A page of a longer list, as the demo backends send it; <see cref="Page"/> is 1-based.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount, int TotalPages);
