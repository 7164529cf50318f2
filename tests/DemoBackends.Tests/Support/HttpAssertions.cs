using System.Net;
using System.Text.Json;

namespace DemoBackends.Tests.Support;

internal static class HttpAssertions
{
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return await response.ReadJsonAsync(expected);
    }

    /// <summary>A ProblemDetails body with the given status and a detail to show the caller.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync(expected);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.DoesNotContain("   at ", problem.ToString(), StringComparison.Ordinal);
        return problem;
    }

    public static async Task<JsonElement> GetProblemAsync(this HttpClient client, string url, HttpStatusCode expected)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return await response.AssertProblemAsync(expected);
    }

    public static string[] Strings(this JsonElement array, string property) =>
        array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!).ToArray();
}
