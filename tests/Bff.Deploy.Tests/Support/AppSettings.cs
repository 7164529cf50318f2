using System.Text.Json;

namespace Bff.Deploy.Tests.Support;

/// <summary>A project's appsettings*.json as flat configuration keys (<c>Backends:Catalog:BaseUrl</c>), as the host reads them.</summary>
public static class AppSettings
{
    /// <summary>Every key with a value in the project's appsettings.json and appsettings.{Environment}.json files.</summary>
    public static IReadOnlyDictionary<string, string> Of(string projectDirectory)
    {
        var keys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.GetFiles(projectDirectory, "appsettings*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            Flatten(document.RootElement, null, keys);
        }

        return keys;
    }

    /// <summary>Every key with a value in one settings file (<c>appsettings.json</c> alone, without an environment's).</summary>
    public static IReadOnlyDictionary<string, string> OfFile(string file)
    {
        var keys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        Flatten(document.RootElement, null, keys);
        return keys;
    }

    private static void Flatten(JsonElement element, string? prefix, Dictionary<string, string> keys)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Flatten(property.Value, prefix is null ? property.Name : $"{prefix}:{property.Name}", keys);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Flatten(item, $"{prefix}:{index++}", keys);
                }

                break;
            default:
                keys[prefix!] = element.ToString();
                break;
        }
    }
}
