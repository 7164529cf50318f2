namespace Bff.Aggregator;

/// <summary>Inventory: stock by product, and the stores.</summary>
internal sealed class InventoryClient(HttpClient http) : BackendClient(http)
{
    public Task<StockLevel?> StockAsync(string id, CancellationToken ct) => GetAsync($"/stock/{Escape(id)}", Json.StockLevel, ct);

    public Task<IReadOnlyList<StockLevel>?> StocksAsync(IEnumerable<string> ids, CancellationToken ct) =>
        GetAsync("/stock?productIds=" + Join(ids), Json.IReadOnlyListStockLevel, ct);

    public Task<IReadOnlyList<Store>?> StoresAsync(CancellationToken ct) => GetAsync("/stores", Json.IReadOnlyListStore, ct);
}
