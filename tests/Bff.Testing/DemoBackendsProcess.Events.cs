using System.Diagnostics;

namespace Bff.Testing;

public sealed partial class DemoBackendsProcess
{
    /// <summary>
    /// A Redis configuration string: when set before start, orders and notifications publish their events there
    /// (<c>Events:Redis</c>, demo-backends/README.md). Unset, nothing is published, as for every fixture before.
    /// </summary>
    public string? EventsRedis { get; init; }

    /// <summary>Posts <paramref name="body"/> as JSON to a service's admin path (an operator action) and fails on a non-2xx answer.</summary>
    public async Task AdminPostAsync(string service, string path, object body)
    {
        using var response = await http.PostAsync(
            new Uri(UrlOf(service), path),
            new StringContent(System.Text.Json.JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
    }

    private void AddEventsArgument(ProcessStartInfo start)
    {
        if (!string.IsNullOrEmpty(EventsRedis))
        {
            start.ArgumentList.Add($"--Events:Redis={EventsRedis}");
        }
    }
}
