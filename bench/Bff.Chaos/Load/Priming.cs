using Bff.Chaos.Stack;

namespace Bff.Chaos.Load;

/// <summary>
/// Each screen asked a few times, one at a time, before the load starts and outside its figures: a fresh process
/// compiles its hot paths on the first requests (seconds on a loaded machine), which is start-up, not the behaviour
/// under chaos the suite measures.
/// </summary>
public static class Priming
{
    private const int Rounds = 3;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Sends each of <paramref name="screens"/> <see cref="Rounds"/> times to <paramref name="bff"/>, answers ignored.</summary>
    public static async Task PrimeAsync(BffTarget bff, IReadOnlyList<Screen> screens)
    {
        ArgumentNullException.ThrowIfNull(bff);
        ArgumentNullException.ThrowIfNull(screens);
        using var http = new HttpClient { BaseAddress = bff.Url, Timeout = Timeout };
        var random = new Random(0);
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var screen in screens)
            {
                using var request = screen.Create(random);
                try
                {
                    using var response = await http.SendAsync(request);
                    await response.Content.ReadAsStringAsync();
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // Priming only: the load's own requests are the ones judged.
                }
            }
        }
    }
}
