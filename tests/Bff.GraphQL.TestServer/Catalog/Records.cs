namespace Bff.GraphQL.TestServer.Catalog;

/// <summary>The records of data.json; field names match the schema's so most fields resolve by member.</summary>
public sealed record CategoryRecord(string Id, string Name, DateTimeOffset CreatedAt);

public sealed record ProductRecord(
    string Id,
    string Name,
    DateTimeOffset CreatedAt,
    long PriceCents,
    string Currency,
    ProductStatus Status,
    IReadOnlyList<string> Tags,
    string? CategoryId,
    IReadOnlyList<IReadOnlyList<string?>?>? Variants,
    IReadOnlyList<string>? RelatedIds,
    string? LegacyCode);

public sealed record UserRecord(string Id, string Name, DateTimeOffset CreatedAt, string? Email, Role Role);

public sealed record ReviewRecord(string Id, string ProductId, string AuthorId, int Rating, string? Body);

public sealed record HolderRecord(string Id, string Label);

/// <summary>An amount in cents with its ISO currency code.</summary>
public sealed record Money(long Cents, string Currency);

public enum ProductStatus
{
    Available,
    SoldOut,
    Discontinued,
}

public enum Role
{
    Admin,
    Customer,
}

/// <summary>The whole of data.json.</summary>
public sealed record CatalogData(
    IReadOnlyList<CategoryRecord> Categories,
    IReadOnlyList<ProductRecord> Products,
    IReadOnlyList<UserRecord> Users,
    IReadOnlyList<ReviewRecord> Reviews);
