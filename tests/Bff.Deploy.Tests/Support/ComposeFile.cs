using System.Text.RegularExpressions;

namespace Bff.Deploy.Tests.Support;

/// <summary>docker-compose.yml, parsed as docker compose reads it (merge keys and aliases resolved).</summary>
public static partial class ComposeFile
{
    /// <summary>The whole file.</summary>
    public static Dictionary<object, object?> Document { get; } = Yaml.Load(Repository.PathOf("docker-compose.yml"));

    /// <summary>Every service by name.</summary>
    public static IReadOnlyDictionary<string, Dictionary<object, object?>> Services { get; } =
        Document.Map("services").Entries().ToDictionary(e => e.Key, e => (Dictionary<object, object?>)e.Value!);

    /// <summary>A service's environment (map or KEY=VALUE list form), values as written (before interpolation).</summary>
    public static IReadOnlyDictionary<string, string> Environment(string service)
    {
        var node = Services[service].GetValueOrDefault("environment");
        return node switch
        {
            Dictionary<object, object?> map => map.Entries().ToDictionary(e => e.Key, e => e.Value?.ToString() ?? ""),
            List<object?> list => list.Cast<string>().Select(s => s.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : ""),
            _ => new Dictionary<string, string>(),
        };
    }

    /// <summary>The (host port, container port) pairs a service publishes; "127.0.0.1:5205:5205" → (5205, 5205).</summary>
    public static IReadOnlyList<(int Host, int Container)> PublishedPorts(string service) => Services[service].List("ports")
        .Select(p => ((string)p!).Split(':'))
        .Select(p => (int.Parse(p[^2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(p[^1], System.Globalization.CultureInfo.InvariantCulture)))
        .ToList();

    /// <summary>The container ports a service exposes on the compose network only.</summary>
    public static IReadOnlyList<int> ExposedPorts(string service) => Services[service].List("expose")
        .Select(p => int.Parse((string)p!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>Compose's <c>${VAR}</c>, <c>${VAR:-default}</c> and <c>${VAR-default}</c> with the given variables.</summary>
    public static string Interpolate(string value, IReadOnlyDictionary<string, string> variables) => Variable().Replace(value, m =>
        variables.TryGetValue(m.Groups["name"].Value, out var set) && (set.Length > 0 || m.Groups["colon"].Length == 0) ? set : m.Groups["default"].Value);

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?<colon>:?)-(?<default>[^}]*))?\}")]
    private static partial Regex Variable();
}
