using Bff.Chaos;
using Bff.Chaos.Results;

namespace Bff.Chaos.Tests.Support;

/// <summary>
/// One run of the suite's short profile (every phase, tens of seconds each) on free ports, shared by the tests of a
/// class; its progress lines and each process's log go to artifacts/chaos-tests/.
/// </summary>
public sealed class ShortChaosRun : IAsyncLifetime
{
    private readonly StringWriter progress = new();

    /// <summary>The run's result.</summary>
    public ChaosResult Result { get; private set; } = null!;

    /// <summary>Where the processes' logs are.</summary>
    public string Logs { get; } = Repository.PathOf("artifacts", "chaos-tests");

    /// <summary>What the run printed, for failure messages.</summary>
    public string Progress => progress.ToString();

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (Directory.Exists(Logs))
        {
            Directory.Delete(Logs, recursive: true);
        }

        Result = await ChaosSuite.RunAsync(ChaosOptions.Short with { LogDirectory = Logs }, TextWriter.Synchronized(progress));
        await File.WriteAllTextAsync(Path.Combine(Logs, "report.md"), MarkdownReport.Write(Result, "tests/Bff.Chaos.Tests", "the test run's machine"));
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        progress.Dispose();
        return Task.CompletedTask;
    }
}
