using Bff.Backends.Reviews;

namespace Bff.Domains.Reviews;

/// <summary>A product's latest reviews, as many as asked, and how many it has in all.</summary>
internal sealed record ReviewList(int TotalCount, IReadOnlyList<Review> Items);
