using System.Diagnostics;
using Bff.Chaos.Load;
using Bff.Chaos.Results;
using Bff.Chaos.Stack;

namespace Bff.Chaos;

/// <summary>The load and chaos suite: starts the stack, runs every phase under load, stops everything, returns the verdicts.</summary>
public static class ChaosSuite
{
    /// <summary>Runs the suite with <paramref name="options"/>, writing progress lines to <paramref name="progress"/>.</summary>
    public static async Task<ChaosResult> RunAsync(ChaosOptions options, TextWriter progress)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        var startUp = Stopwatch.StartNew();
        await using var stack = await ChaosStack.StartAsync(options);
        await stack.FillCartsAsync(Screens.Users);
        return await new ChaosRun(stack, options, progress).ExecuteAsync(startUp.Elapsed);
    }
}
