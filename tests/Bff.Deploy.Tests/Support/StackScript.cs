using System.Text.RegularExpressions;

namespace Bff.Deploy.Tests.Support;

/// <summary>What the no-Docker stack (dev/stack.sh, started by ./run.sh) says about each service: project and port.</summary>
public static partial class StackScript
{
    private static readonly string Text = File.ReadAllText(Repository.PathOf("dev", "stack.sh"));

    /// <summary>Each <c>"name|project|http://127.0.0.1:port"</c> entry: name → (project folder, port).</summary>
    public static IReadOnlyDictionary<string, (string Project, int Port)> HttpServices { get; } = Entry().Matches(Text)
        .ToDictionary(m => m.Groups["name"].Value, m => (m.Groups["project"].Value, int.Parse(m.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The demo backends' project folder.</summary>
    public static string DemoBackendsProject { get; } = DemoEntry().Match(Text).Groups["project"].Value;

    /// <summary>The Redis port it starts (or finds) by default.</summary>
    public static int RedisPort { get; } = int.Parse(RedisDefault().Match(Text).Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"""(?<name>[\w-]+)\|(?<project>[\w./-]+)\|http://127\.0\.0\.1:(?<port>\d+)""")]
    private static partial Regex Entry();

    [GeneratedRegex(@"""demo-backends\|(?<project>[\w./-]+)\|")]
    private static partial Regex DemoEntry();

    [GeneratedRegex(@"REDIS_PORT:-(?<port>\d+)")]
    private static partial Regex RedisDefault();
}
