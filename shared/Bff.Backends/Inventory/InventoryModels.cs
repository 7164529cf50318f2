namespace Bff.Backends.Inventory;

/// <summary>A store; ids are <c>s-01</c>..<c>s-12</c>.</summary>
public sealed record Store(string Id, string Name, string City, string Country);

/// <summary>How many items of a product one store holds.</summary>
public sealed record StoreStock(string StoreId, int Quantity);

/// <summary>Stock of one product across stores (or in the one store asked for).</summary>
public sealed record StockLevel(string ProductId, int TotalQuantity, bool InStock, IReadOnlyList<StoreStock> Stores);
