using System.Text.Json;
using Xunit;

namespace Bff.Testing;

/// <summary>How a subscription whose source stream could not be created ends, over either transport.</summary>
public static class SubscriptionRefusal
{
    /// <summary>
    /// Waits until <paramref name="client"/>'s subscription has ended and asserts it ended as the spec says a source
    /// stream that could not be created does: one result with an error of <paramref name="code"/> and no data, then
    /// complete.
    /// </summary>
    public static async Task AssertRefusedAsync(this SubscriptionListener client, string code, TimeSpan patience)
    {
        var done = await client.WaitForAsync(l => !l.TryGetProperty("next", out _), patience);

        Assert.NotNull(done);
        Assert.True(done.Value.TryGetProperty("done", out _), string.Join(", ", client.Lines));
        var answer = Assert.Single(client.Lines, l => l.TryGetProperty("next", out _)).GetProperty("next");
        Assert.False(answer.TryGetProperty("data", out _), answer.GetRawText());
        Assert.Equal(code, answer.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
