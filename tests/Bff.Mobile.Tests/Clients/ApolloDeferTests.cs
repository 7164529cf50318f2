using System.Text.Json;
using System.Text.Json.Nodes;
using Bff.Mobile.Tests.Support;

namespace Bff.Mobile.Tests.Clients;

/// <summary>
/// A real Apollo Client 4 with its <c>Defer20220824Handler</c> watching the deferred product screen of bff-mobile over
/// a real socket: what it emits first, and what it ends with.
/// </summary>
[Collection(MobileCollection.Name)]
public sealed class ApolloDeferTests(DemoBackendsProcess demo, RedisFixture redis)
{
    [Fact]
    public async Task ApolloFirstEmitsProductPriceAndStockWithoutReviewsThenTheWholeScreen()
    {
        using var host = new MobileHost(demo, redis);
        // A product no other test reads, and the reviews slow: the first part cannot have waited for them.
        var variables = new { id = "4242", imageWidth = 300 };
        var whole = (await host.PostAsync(AppOperations.Text("ProductDetail"), variables)).NoErrors().Data();
        await demo.SetFaultsAsync("Reviews", new { latencyMs = 200 });
        ApolloRun run;
        try
        {
            run = await ApolloClientScript.RunPlanAsync(new Uri(host.Http.BaseAddress!, "/graphql"),
                [new("screen", AppOperations.Text("ProductDetail"), variables) { Watch = true }]);
        }
        finally
        {
            await demo.ResetFaultsAsync("Reviews");
        }

        var screen = run["screen"];
        Assert.Equal(JsonValueKind.Null, screen.GetProperty("error").ValueKind);
        var withData = screen.GetProperty("emitted").EnumerateArray().Where(e => e.GetProperty("data").ValueKind == JsonValueKind.Object).ToList();
        Assert.True(withData.Count >= 2, run.ToString());
        var first = withData[0];
        Assert.Equal("streaming", first.GetProperty("dataState").GetString());
        var product = first.GetProperty("data").GetProperty("product");
        Assert.Equal("4242", product.GetProperty("id").GetString());
        Assert.True(product.GetProperty("price").GetProperty("amount").GetDouble() > 0, run.ToString());
        Assert.Contains(product.GetProperty("available").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
        Assert.False(product.TryGetProperty("topReviews", out _), run.ToString());
        Assert.False(product.TryGetProperty("rating", out _), run.ToString());

        // The last emission is complete and, without Apollo's __typename, is what a client that reads no parts gets.
        Assert.Equal("complete", withData[^1].GetProperty("dataState").GetString());
        var final = WithoutTypename(JsonNode.Parse(screen.GetProperty("data").GetRawText()));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(whole.GetRawText()), final), $"apollo {final?.ToJsonString()}\nwhole  {whole.GetRawText()}");
        // One request: the persisted-query GET was answered in parts.
        Assert.Equal("no-store", run.Exchanges[^1].CacheControl);
    }

    private static JsonNode? WithoutTypename(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                obj.Remove("__typename");
                foreach (var (_, value) in obj.ToList())
                {
                    WithoutTypename(value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    WithoutTypename(item);
                }

                break;
        }

        return node;
    }
}
