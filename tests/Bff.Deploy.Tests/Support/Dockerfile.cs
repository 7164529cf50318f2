using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bff.Deploy.Tests.Support;

/// <summary>A Dockerfile as its instructions (continuation lines joined, comments dropped), grouped by build stage.</summary>
public sealed partial class Dockerfile
{
    private Dockerfile(string path, IReadOnlyList<Instruction> instructions)
    {
        Path = path;
        Instructions = instructions;
    }

    /// <summary>One instruction: its keyword in capitals and the rest of its line.</summary>
    public sealed record Instruction(string Keyword, string Arguments, int Stage);

    /// <summary>One COPY: its flags (<c>--from</c>), sources and destination.</summary>
    public sealed record Copy(string? From, IReadOnlyList<string> Sources, string Destination, int Stage, int Index);

    /// <summary>The file, relative to the repository root.</summary>
    public string Path { get; }

    /// <summary>Every instruction in order.</summary>
    public IReadOnlyList<Instruction> Instructions { get; }

    /// <summary>Each stage's base image and name (FROM image [AS name]).</summary>
    public IReadOnlyList<(string Image, string? Name)> Stages => Instructions.Where(i => i.Keyword == "FROM")
        .Select(i => i.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Select(w => (w[0], w.Length >= 3 && w[1].Equals("AS", StringComparison.OrdinalIgnoreCase) ? w[2] : (string?)null))
        .ToList();

    /// <summary>The index of the last stage: the image that runs.</summary>
    public int FinalStage => Stages.Count - 1;

    /// <summary>Every COPY with its index among all instructions.</summary>
    public IReadOnlyList<Copy> Copies => Instructions.Select((i, index) => (i, index)).Where(x => x.i.Keyword == "COPY").Select(x =>
    {
        var words = x.i.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var from = words.Where(w => w.StartsWith("--from=", StringComparison.Ordinal)).Select(w => w["--from=".Length..]).FirstOrDefault();
        var paths = words.Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToList();
        return new Copy(from, paths[..^1], paths[^1], x.i.Stage, x.index);
    }).ToList();

    /// <summary>The ENV values of the final stage.</summary>
    public IReadOnlyDictionary<string, string> Environment => Instructions.Where(i => i.Keyword == "ENV" && i.Stage == FinalStage)
        .SelectMany(i => EnvPair().Matches(i.Arguments)).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    /// <summary>The ports the final stage EXPOSEs.</summary>
    public IReadOnlyList<int> ExposedPorts => Instructions.Where(i => i.Keyword == "EXPOSE" && i.Stage == FinalStage)
        .SelectMany(i => i.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Select(p => int.Parse(p.Split('/')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>The final stage's USER, or null (root).</summary>
    public string? User => Instructions.LastOrDefault(i => i.Keyword == "USER" && i.Stage == FinalStage)?.Arguments;

    /// <summary>The HEALTHCHECK's command (exec form), or null.</summary>
    public IReadOnlyList<string>? HealthCheck => Instructions.LastOrDefault(i => i.Keyword == "HEALTHCHECK" && i.Stage == FinalStage) is { } check
        ? JsonSerializer.Deserialize<List<string>>(check.Arguments[check.Arguments.IndexOf("CMD [", StringComparison.Ordinal)..][4..])
        : null;

    /// <summary>The ENTRYPOINT (exec form).</summary>
    public IReadOnlyList<string> Entrypoint => JsonSerializer.Deserialize<List<string>>(
        Instructions.Last(i => i.Keyword == "ENTRYPOINT").Arguments)!;

    /// <summary>Reads <paramref name="relativePath"/> below the repository root.</summary>
    public static Dockerfile Load(string relativePath)
    {
        var lines = File.ReadAllLines(Repository.PathOf(relativePath));
        var instructions = new List<Instruction>();
        var stage = -1;
        var pending = "";
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (pending.Length == 0 && (line.Length == 0 || line.StartsWith('#')))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }

            var text = pending + line;
            pending = "";
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            var keyword = text[..space].ToUpperInvariant();
            stage += keyword == "FROM" ? 1 : 0;
            instructions.Add(new Instruction(keyword, text[(space + 1)..].Trim(), stage));
        }

        return new Dockerfile(relativePath, instructions);
    }

    [GeneratedRegex(@"([A-Za-z_][A-Za-z0-9_]*)=(\S+)")]
    private static partial Regex EnvPair();
}
