// The load and chaos suite (bench/chaos/run.sh runs it): dotnet Bff.Chaos.dll [--profile full|short] [--report FILE]
// [--port-base N] [--logs DIR] [--steady-seconds N] [--rate N]. Exit code 0 when every check held, 1 otherwise.
using System.Globalization;
using Bff.Chaos;
using Bff.Chaos.Results;

var options = ChaosOptions.Full;
var report = Path.Combine("bench", "results", "chaos.md");
for (var i = 0; i + 1 < args.Length; i += 2)
{
    var value = args[i + 1];
    options = args[i] switch
    {
        "--profile" => value == "short" ? ChaosOptions.Short with { PortBase = options.PortBase, LogDirectory = options.LogDirectory } : options,
        "--port-base" => options with { PortBase = int.Parse(value, CultureInfo.InvariantCulture) },
        "--logs" => options with { LogDirectory = value },
        "--steady-seconds" => options with { Steady = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)) },
        "--rate" => options with { RatePerBff = double.Parse(value, CultureInfo.InvariantCulture) },
        "--report" => options,
        _ => throw new ArgumentException($"Unknown option {args[i]}; see the first lines of bench/Bff.Chaos/Program.cs."),
    };
    report = args[i] == "--report" ? value : report;
}

var loadBefore = File.ReadAllText("/proc/loadavg").Split(' ')[..3];
var result = await ChaosSuite.RunAsync(options, Console.Out);
var loadAfter = File.ReadAllText("/proc/loadavg").Split(' ')[..3];
var machine = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, "
    + $"load average {string.Join(' ', loadBefore)} before and {string.Join(' ', loadAfter)} after";
var command = Environment.GetEnvironmentVariable("CHAOS_COMMAND") ?? "bench/chaos/run.sh";
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(report))!);
await File.WriteAllTextAsync(report, MarkdownReport.Write(result, command, machine));
foreach (var check in result.Checks)
{
    Console.WriteLine($"{(check.Passed ? "pass" : "FAIL")}  {check.Name}: {check.Detail}");
}

Console.WriteLine($"{(result.Passed ? "PASSED" : "FAILED")}; report: {report}");
return result.Passed ? 0 : 1;
