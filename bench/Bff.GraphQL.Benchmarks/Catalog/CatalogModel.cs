namespace Bff.GraphQL.Benchmarks.Catalog;

// The in-memory catalog the execution benchmark reads (Catalog/catalog-data.json, shared with graphql-js).
public sealed record Product(
    string Id,
    string Name,
    string? Description,
    Money Price,
    bool InStock,
    double? Rating,
    string[] Tags,
    Brand Brand,
    Review[] Reviews);

public sealed record Money(double Amount, string Currency);

public sealed record Brand(string Id, string Name, string? Country);

public sealed record Review(string Id, int Stars, string Author);
