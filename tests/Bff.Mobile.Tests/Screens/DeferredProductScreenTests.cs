using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bff.Mobile.Tests.Support;

namespace Bff.Mobile.Tests.Screens;

/// <summary>
/// The product screen over raw HTTP with a multipart Accept: product, price and stock first, then the deferred reviews
/// (with the rating) and similar items. In the shared collection: the slow-reviews fault changes a backend for everyone.
/// </summary>
[Collection(MobileCollection.Name)]
public sealed class DeferredProductScreenTests(DemoBackendsProcess demo, RedisFixture redis)
{
    private const string ApolloAccept = "multipart/mixed;deferSpec=20220824, application/json";

    [Fact]
    public async Task WithReviewsSlowTheFirstPartHasProductPriceAndStockAndTheReviewsComeInALaterPart()
    {
        using var host = new MobileHost(demo, redis);
        // A product no other test reads, so its reviews are not in the BFF's cache and really wait on the backend.
        var variables = new { id = "4711", imageWidth = 320 };
        await demo.SetFaultsAsync("Reviews", new { latencyMs = 200 });
        try
        {
            using var request = GraphQLPost.Create(AppOperations.Text("ProductDetail"), variables);
            request.Headers.TryAddWithoutValidation("Accept", ApolloAccept);
            using var response = await host.Http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("multipart/mixed", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            var parts = MultipartBody.Parts(body);
            var first = parts[0];
            Assert.True(first.GetProperty("hasNext").GetBoolean(), body);
            var product = first.GetProperty("data").GetProperty("product");
            Assert.Equal("4711", product.GetProperty("id").GetString());
            Assert.True(product.GetProperty("price").GetProperty("amount").GetDouble() > 0, body);
            Assert.Contains(product.GetProperty("available").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
            Assert.False(product.TryGetProperty("topReviews", out _), body);
            Assert.False(product.TryGetProperty("rating", out _), body);
            Assert.False(product.TryGetProperty("similar", out _), body);

            // Each deferred fragment comes in a later part of its own, the reviews' with their rating; the last closes.
            var labels = parts.Skip(1).Select(p => MultipartBody.Labels(p).ToList()).ToList();
            Assert.True(labels.Count(l => l.Contains("reviews")) == 1 && labels.Count(l => l.Contains("similar")) == 1, body);
            var reviews = parts.Skip(1).SelectMany(p => p.GetProperty("incremental").EnumerateArray())
                .Single(i => i.GetProperty("label").GetString() == "reviews");
            Assert.Equal("product", reviews.GetProperty("path")[0].GetString());
            Assert.Equal(3, reviews.GetProperty("data").GetProperty("topReviews").GetArrayLength());
            Assert.True(reviews.GetProperty("data").GetProperty("rating").GetProperty("count").GetInt32() > 0, body);
            Assert.False(parts[^1].GetProperty("hasNext").GetBoolean(), body);
            Assert.All(parts.Skip(1).SkipLast(1), p => Assert.True(p.GetProperty("hasNext").GetBoolean()));
        }
        finally
        {
            await demo.ResetFaultsAsync("Reviews");
        }
    }

    [Fact]
    public async Task APersistedGetAskedForPartsIsNotCacheableAndItsJsonETagDoesNotTurnItInto304()
    {
        using var host = new MobileHost(demo, redis);
        var variables = new { id = "42", imageWidth = 300 };
        using var plain = await host.Http.SendAsync(MobileHost.GetById(AppOperations.Id("ProductDetail"), variables));
        var etag = plain.Headers.ETag;
        Assert.Equal("public, max-age=5", plain.Headers.CacheControl?.ToString());
        Assert.NotNull(etag);

        using var request = MobileHost.GetById(AppOperations.Id("ProductDetail"), variables);
        request.Headers.TryAddWithoutValidation("Accept", ApolloAccept);
        request.Headers.IfNoneMatch.Add(etag);
        using var parts = await host.Http.SendAsync(request);

        // The JSON body's ETag says nothing about the parts: they come in full, for no cache to keep.
        Assert.Equal(HttpStatusCode.OK, parts.StatusCode);
        Assert.StartsWith("multipart/mixed", parts.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Equal("no-store", parts.Headers.CacheControl?.ToString());
        Assert.Null(parts.Headers.ETag);
        Assert.True(MultipartBody.Parts(await parts.Content.ReadAsStringAsync()).Count >= 3);
    }

    [Fact]
    public async Task TheMergedPartsEqualTheWholeAnswerOfAClientThatDoesNotReadParts()
    {
        using var host = new MobileHost(demo, redis);
        var variables = new { id = "42", imageWidth = 300 };
        var whole = (await host.PostAsync(AppOperations.Text("ProductDetail"), variables)).NoErrors().Data();

        using var request = GraphQLPost.Create(AppOperations.Text("ProductDetail"), variables);
        request.Headers.TryAddWithoutValidation("Accept", ApolloAccept);
        using var response = await host.Http.SendAsync(request);
        var parts = MultipartBody.Parts(await response.Content.ReadAsStringAsync());

        // Apollo's merge, by hand: each deferred fragment's fields go into the object at its path (the product).
        var merged = JsonNode.Parse(parts[0].GetProperty("data").GetRawText())!;
        foreach (var entry in parts.Skip(1).SelectMany(p => p.GetProperty("incremental").EnumerateArray()))
        {
            Assert.Equal("[\"product\"]", entry.GetProperty("path").GetRawText());
            var target = merged["product"]!.AsObject();
            foreach (var field in entry.GetProperty("data").EnumerateObject())
            {
                target[field.Name] = JsonNode.Parse(field.Value.GetRawText());
            }
        }

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(whole.GetRawText()), merged),
            $"merged {merged.ToJsonString()}\nwhole  {whole.GetRawText()}");
    }
}
