using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bff.Testing;

namespace DemoBackends.Tests.Data;

/// <summary>
/// <c>DemoBackends:ProductIds</c>: ids past the seeded 5000 are copies of seeded products under their own ids. Run
/// against the demo host as its own process, since the setting is process-wide (every service shares the data).
/// </summary>
public sealed class ProductIdsTests(ProductIdsTests.TwentyThousandIds fixture) : IClassFixture<ProductIdsTests.TwentyThousandIds>
{
    private readonly HttpClient http = fixture.Http;
    private readonly DemoBackendsProcess demo = fixture.Demo;

    [Fact]
    public async Task AnIdPastTheSeedIsItsSeededProductUnderItsOwnIdInEveryService()
    {
        var seeded = await GetAsync("Catalog", "/products/42");
        var copy = await GetAsync("Catalog", "/products/5042");
        Assert.Equal("5042", copy.GetProperty("id").GetString());
        Assert.Equal(seeded.GetProperty("name").GetString(), copy.GetProperty("name").GetString());

        var price = await GetAsync("Pricing", "/prices/10042");
        Assert.Equal("10042", price.GetProperty("productId").GetString());
        Assert.Equal((await GetAsync("Pricing", "/prices/42")).GetProperty("amount").GetDecimal(), price.GetProperty("amount").GetDecimal());

        var rating = await GetAsync("Reviews", "/ratings/15042");
        Assert.Equal("15042", rating.GetProperty("productId").GetString());
        Assert.Equal((await GetAsync("Reviews", "/ratings/42")).GetProperty("count").GetInt32(), rating.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task ABatchOfCopiesAnswersEveryIdWithItsOwnId()
    {
        var ids = Enumerable.Range(19_991, 10).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var query = string.Join(",", ids);
        var products = await GetAsync("Catalog", $"/products?ids={query}");
        var prices = await GetAsync("Pricing", $"/prices?productIds={query}");
        var stock = await GetAsync("Inventory", $"/stock?productIds={query}");
        var reviews = await GetAsync("Reviews", $"/reviews?productIds={query}&limit=3");

        Assert.Equal(ids, products.EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        Assert.Equal(ids, prices.EnumerateArray().Select(p => p.GetProperty("productId").GetString()));
        Assert.Equal(ids, stock.EnumerateArray().Select(s => s.GetProperty("productId").GetString()));
        Assert.Equal(ids, reviews.EnumerateArray().Select(r => r.GetProperty("productId").GetString()));
        Assert.All(reviews.EnumerateArray(), r => Assert.All(r.GetProperty("latest").EnumerateArray(),
            review => Assert.Equal(r.GetProperty("productId").GetString(), review.GetProperty("productId").GetString())));
    }

    [Theory]
    [InlineData("20001")]
    [InlineData("05042")]
    public async Task IdsPastTheSettingOrWrittenWithALeadingZeroAreUnknown(string id)
    {
        using var response = await http.GetAsync(new Uri(demo.UrlOf("Catalog"), $"/products/{id}"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<JsonElement> GetAsync(string service, string path) =>
        await http.GetFromJsonAsync<JsonElement>(new Uri(demo.UrlOf(service), path));

    /// <summary>The demo host with <c>--DemoBackends:ProductIds=20000</c>, shared by the tests of this class.</summary>
    public sealed class TwentyThousandIds : IAsyncLifetime
    {
        /// <summary>The running host.</summary>
        public DemoBackendsProcess Demo { get; } = new() { Arguments = ["--DemoBackends:ProductIds=20000"] };

        /// <summary>A plain client of its services.</summary>
        public HttpClient Http { get; } = new();

        /// <inheritdoc />
        public Task InitializeAsync() => Demo.InitializeAsync();

        /// <inheritdoc />
        public async Task DisposeAsync()
        {
            Http.Dispose();
            await Demo.DisposeAsync();
        }
    }
}
