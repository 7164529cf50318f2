using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Bff.Deploy.Tests.Support;

/// <summary>
/// YAML files as plain maps, lists and strings, with anchors, aliases and merge keys (<c>&lt;&lt;: *x</c>) resolved as
/// docker compose resolves them.
/// </summary>
public static class Yaml
{
    /// <summary>Every document of the file (Kubernetes manifests hold several, separated by <c>---</c>).</summary>
    public static IReadOnlyList<Dictionary<object, object?>> LoadAll(string path)
    {
        using var reader = new StringReader(File.ReadAllText(path));
        var parser = new MergingParser(new Parser(reader));
        var deserializer = new DeserializerBuilder().Build();
        var documents = new List<Dictionary<object, object?>>();
        parser.Consume<YamlDotNet.Core.Events.StreamStart>();
        while (parser.Accept<YamlDotNet.Core.Events.DocumentStart>(out _))
        {
            if (deserializer.Deserialize<Dictionary<object, object?>?>(parser) is { } document)
            {
                documents.Add(document);
            }
        }

        return documents;
    }

    /// <summary>A file of one document.</summary>
    public static Dictionary<object, object?> Load(string path) => LoadAll(path).Single();

    /// <summary>The map under <paramref name="key"/>, or an empty one.</summary>
    public static Dictionary<object, object?> Map(this Dictionary<object, object?> map, string key) =>
        map.TryGetValue(key, out var value) && value is Dictionary<object, object?> child ? child : [];

    /// <summary>The list under <paramref name="key"/>, or an empty one.</summary>
    public static List<object?> List(this Dictionary<object, object?> map, string key) =>
        map.TryGetValue(key, out var value) && value is List<object?> child ? child : [];

    /// <summary>The scalar under <paramref name="key"/>, or null.</summary>
    public static string? Str(this Dictionary<object, object?> map, string key) =>
        map.TryGetValue(key, out var value) ? value as string : null;

    /// <summary>The map at a path of keys, or an empty one.</summary>
    public static Dictionary<object, object?> At(this Dictionary<object, object?> map, params string[] path) =>
        path.Aggregate(map, (current, key) => current.Map(key));

    /// <summary>The entries of a map with string keys.</summary>
    public static IEnumerable<KeyValuePair<string, object?>> Entries(this Dictionary<object, object?> map) =>
        map.Select(e => new KeyValuePair<string, object?>((string)e.Key, e.Value));

    /// <summary>The maps of a list.</summary>
    public static IEnumerable<Dictionary<object, object?>> Maps(this List<object?> list) => list.OfType<Dictionary<object, object?>>();
}
