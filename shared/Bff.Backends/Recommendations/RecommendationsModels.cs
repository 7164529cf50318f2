namespace Bff.Backends.Recommendations;

/// <summary>A recommended product, its score and why it was chosen.</summary>
public sealed record Recommendation(string ProductId, double Score, string Reason);

/// <summary>Products similar to one product.</summary>
public sealed record ProductRecommendations(string ProductId, IReadOnlyList<Recommendation> Items);

/// <summary>Products recommended to one user.</summary>
public sealed record UserRecommendations(string UserId, IReadOnlyList<Recommendation> Items);
