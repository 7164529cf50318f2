using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Bff.GraphQL.Ide.Internal;

/// <summary>
/// The IDE's files, embedded by <c>BananaCakePop.targets</c> as <c>BananaCakePop/&lt;path&gt;</c>. Each is read from
/// the assembly on first request, so a service whose IDE is never opened holds none of them in memory.
/// </summary>
internal sealed class IdeFiles
{
    private const string Prefix = "BananaCakePop/";

    private readonly FrozenDictionary<string, Lazy<IdeFile>> files;

    private IdeFiles(FrozenDictionary<string, Lazy<IdeFile>> files) => this.files = files;

    public IEnumerable<string> Paths => files.Keys;

    public static IdeFiles LoadEmbedded()
    {
        var assembly = typeof(IdeFiles).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .ToFrozenDictionary(
                name => name[Prefix.Length..],
                name => new Lazy<IdeFile>(() => Read(assembly, name)),
                StringComparer.Ordinal);
        if (!files.ContainsKey("index.html"))
        {
            throw new InvalidOperationException(
                "Bff.GraphQL.Ide was built without Banana Cake Pop's files: run `npm ci` in shared/Bff.GraphQL.Ide and rebuild.");
        }

        return new IdeFiles(files);
    }

    public bool TryGet(string path, [NotNullWhen(true)] out IdeFile? file)
    {
        file = files.TryGetValue(path, out var lazy) ? lazy.Value : null;
        return file is not null;
    }

    private static IdeFile Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} vanished.");
        var content = new byte[stream.Length];
        stream.ReadExactly(content);
        var path = name[Prefix.Length..];
        return new IdeFile(content, IdeContentTypes.For(path), immutable: path.StartsWith("static/", StringComparison.Ordinal));
    }
}
