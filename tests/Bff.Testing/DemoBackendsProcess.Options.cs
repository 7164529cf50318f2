using System.Diagnostics;
using System.Globalization;

namespace Bff.Testing;

public sealed partial class DemoBackendsProcess
{
    /// <summary>The nine services, in the order of their ports (bench/lib/common.sh's layout: base+1 .. base+9).</summary>
    public static IReadOnlyList<string> ServiceNames => Services;

    /// <summary>
    /// When set, the services listen on <c>PortBase + 1</c> .. <c>PortBase + 9</c> in <see cref="ServiceNames"/> order,
    /// as the benchmark harnesses start them; unset, each on a free port.
    /// </summary>
    public int? PortBase { get; init; }

    /// <summary>Whether the Users service serves <c>/dev/token</c> (<see cref="TokenForAsync"/>); true unless turned off.</summary>
    public bool DevTokenEndpoint { get; init; } = true;

    /// <summary>More command-line settings (<c>--Key=value</c>), after the fixture's own, so that they win.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>Environment variables of the process (e.g. <c>ASPNETCORE_ENVIRONMENT</c>).</summary>
    public IReadOnlyDictionary<string, string> EnvironmentVariables { get; init; } = new Dictionary<string, string>();

    /// <summary>When set, every line the process prints (stdout and stderr) is appended to this file.</summary>
    public string? LogFile { get; init; }

    private StreamWriter? log;

    private void AddOptions(ProcessStartInfo start)
    {
        for (var i = 0; i < Services.Length; i++)
        {
            var port = PortBase is { } b ? b + 1 + i : 0;
            start.ArgumentList.Add($"--DemoBackends:Ports:{Services[i]}={port.ToString(CultureInfo.InvariantCulture)}");
        }

        start.ArgumentList.Add("--DemoBackends:Host=127.0.0.1");
        if (DevTokenEndpoint)
        {
            start.ArgumentList.Add("--Jwt:DevTokenEndpoint=true");
        }

        start.ArgumentList.Add("--Logging:LogLevel:Default=Warning");
        AddEventsArgument(start);
        AddJwtArguments(start);
        foreach (var argument in Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Nothing from the caller's shell changes what runs (bench/lib/common.sh's harnesses do the same).
        start.Environment.Remove("OTEL_EXPORTER_OTLP_ENDPOINT");
        start.Environment.Remove("ASPNETCORE_URLS");
        foreach (var (key, value) in EnvironmentVariables)
        {
            start.Environment[key] = value;
        }

        if (LogFile is not null)
        {
            log = new StreamWriter(LogFile, append: true) { AutoFlush = true };
        }
    }

    private void Log(string? line)
    {
        if (line is null || log is null)
        {
            return;
        }

        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // A last line after the stop.
            }
        }
    }

    private async Task CloseLogAsync()
    {
        if (log is not null)
        {
            await log.DisposeAsync();
        }
    }
}
