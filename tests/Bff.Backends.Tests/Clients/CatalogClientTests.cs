using System.Net;
using Bff.Backends.Catalog;
using Bff.Backends.Http;
using Bff.Backends.Tests.Support;

namespace Bff.Backends.Tests.Clients;

[Collection(DemoBackendsCollection.Name)]
public sealed class CatalogClientTests(DemoBackendsProcess demo)
{
    [Fact]
    public async Task ProductsComeInOneBatchWithUnknownIdsAbsentAndSingleLookupsAgree()
    {
        await using var host = RealClients.Create(demo);
        var catalog = host.Get<ICatalogClient>();

        var products = await catalog.GetProductsAsync(["2", "1", "99999"]);
        var one = await catalog.GetProductAsync("2");

        Assert.Equal(["2", "1"], products.Select(p => p.Id));
        Assert.Equal(products[0].Name, one?.Name);
        Assert.NotEmpty(one!.Images[0].Variants);
        Assert.Null(await catalog.GetProductAsync("99999"));
    }

    [Fact]
    public async Task SearchPagesAndCountsFacets()
    {
        await using var host = RealClients.Create(demo);

        var result = await host.Get<ICatalogClient>().SearchProductsAsync(pageSize: 5, page: 2);

        Assert.Equal((2, 5, 5), (result.Page, result.PageSize, result.Items.Count));
        Assert.Equal(5000, result.TotalCount);
        Assert.NotEmpty(result.Facets.Brands);
    }

    [Fact]
    public async Task CategoriesAreListedFilteredAndLookedUp()
    {
        await using var host = RealClients.Create(demo);
        var catalog = host.Get<ICatalogClient>();

        var all = await catalog.GetCategoriesAsync();
        var some = await catalog.GetCategoriesAsync([all[1].Id, "c-unknown"]);

        Assert.True(all.Count > 1);
        Assert.Equal(all[1], Assert.Single(some));
        Assert.Equal(all[0], await catalog.GetCategoryAsync(all[0].Id));
        Assert.Null(await catalog.GetCategoryAsync("c-unknown"));
    }

    [Fact]
    public async Task MoreThanAHundredIdsIsABadRequestFromTheCatalog()
    {
        await using var host = RealClients.Create(demo);
        var ids = Enumerable.Range(1, 101).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var error = await Assert.ThrowsAsync<BackendException>(() => host.Get<ICatalogClient>().GetProductsAsync(ids));

        Assert.Equal(("catalog", HttpStatusCode.BadRequest), (error.Backend, error.StatusCode));
    }
}
