namespace Bff.Deploy.Tests.Support;

/// <summary>The Kubernetes manifests that deploy/k8s/kustomization.yaml applies, as parsed documents.</summary>
public static class Manifests
{
    /// <summary>deploy/k8s.</summary>
    public static string Directory { get; } = Repository.PathOf("deploy", "k8s");

    /// <summary>The kustomization.</summary>
    public static Dictionary<object, object?> Kustomization { get; } = Yaml.Load(Path.Combine(Directory, "kustomization.yaml"));

    /// <summary>Every object of every resource file the kustomization lists.</summary>
    public static IReadOnlyList<Dictionary<object, object?>> Objects { get; } = Kustomization.List("resources").Cast<string>()
        .SelectMany(file => Yaml.LoadAll(Path.Combine(Directory, file))).ToList();

    /// <summary>The objects of one kind.</summary>
    public static IEnumerable<Dictionary<object, object?>> OfKind(string kind) => Objects.Where(o => o.Str("kind") == kind);

    /// <summary>An object's metadata.name.</summary>
    public static string Name(this Dictionary<object, object?> manifest) => manifest.Map("metadata").Str("name")!;

    /// <summary>The labels of a map of labels, as strings.</summary>
    public static Dictionary<string, string> Labels(this Dictionary<object, object?> labels) =>
        labels.Entries().ToDictionary(e => e.Key, e => (string)e.Value!, StringComparer.Ordinal);

    /// <summary>Whether every label of <paramref name="selector"/> is in <paramref name="labels"/>.</summary>
    public static bool Selects(Dictionary<string, string> selector, Dictionary<string, string> labels) =>
        selector.Count > 0 && selector.All(s => labels.TryGetValue(s.Key, out var v) && v == s.Value);

    /// <summary>A Deployment's one container.</summary>
    public static Dictionary<object, object?> Container(this Dictionary<object, object?> deployment) =>
        deployment.At("spec", "template", "spec").List("containers").Maps().Single();
}
