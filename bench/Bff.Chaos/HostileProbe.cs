using System.Globalization;
using Bff.Chaos.Results;
using Bff.Chaos.Stack;
using Bff.Testing;

namespace Bff.Chaos;

/// <summary>
/// The hostile corpus of Bff.Testing (the one every BFF's own tests run) sent to a BFF while the load goes on, judged by
/// the same verdict: no 5xx, no stack trace, no dropped connection, a 2xx only with GraphQL errors; then the BFF must
/// still be alive and answer its liveness probe.
/// </summary>
internal static class HostileProbe
{
    public static string CheckName(string bff) => $"hostile: {bff} answers every hostile request with a clear error and stays up";

    public static async Task<Check> SendAsync(BffTarget bff)
    {
        using var client = new HttpClient { BaseAddress = bff.Url, Timeout = Timeout.InfiniteTimeSpan };
        try
        {
            var answers = await HostileSuite.AssertAnsweredCleanlyAsync(client, HostileCorpus.Requests, () => ChaosChecks.AssertAliveAsync(bff));
            var statuses = answers.GroupBy(a => a.Status is { } s ? ((int)s).ToString(CultureInfo.InvariantCulture) : "none")
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key} ×{g.Count().ToString(CultureInfo.InvariantCulture)}");
            return new Check(CheckName(bff.Name), true, $"{answers.Count} requests, statuses {string.Join(", ", statuses)}");
        }
#pragma warning disable CA1031 // The verdict (an xunit assertion) or a dead BFF becomes a failed check, not a crashed run.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new Check(CheckName(bff.Name), false, e.Message);
        }
    }
}
