using BenchmarkDotNet.Running;

namespace Bff.GraphQL.Comparison;

internal static class Program
{
    /// <summary>
    /// Exits 1 when a benchmark failed (its setup throws when the engines' responses differ), so a script or CI run
    /// that re-runs the comparison notices; BenchmarkDotNet itself only prints the exception.
    /// </summary>
    private static int Main(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        if (failed)
        {
            Console.Error.WriteLine("A benchmark failed; see its log above.");
        }

        return failed ? 1 : 0;
    }
}
