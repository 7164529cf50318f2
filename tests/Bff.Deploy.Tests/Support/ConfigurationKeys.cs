using System.Reflection;
using Bff.Resilience;

namespace Bff.Deploy.Tests.Support;

/// <summary>
/// The configuration keys the code reads, found rather than listed: every options type's section constants
/// (<c>SectionName</c>, <c>…Section</c>) with its bindable properties, read by reflection over the shared assemblies and
/// both BFFs; plus each BFF's appsettings*.json; less the keys the code refuses as retired or renamed. Only framework
/// keys (ASP.NET Core's, Kestrel's, OpenTelemetry's standard variables) are listed by hand.
/// </summary>
public sealed partial class ConfigurationKeys
{
    // Keys read by ASP.NET Core, Kestrel and the OpenTelemetry SDK and exporters, not by our options types.
    // '*' stands for any one segment (an endpoint's name).
    private static readonly string[] FrameworkKeys =
    [
        "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_URLS", "urls", "AllowedHosts",
        "Kestrel:Endpoints:*:Url", "Kestrel:Endpoints:*:Protocols",
        "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_PROTOCOL", "OTEL_EXPORTER_OTLP_HEADERS", "OTEL_EXPORTER_OTLP_TIMEOUT",
        "OTEL_SERVICE_NAME", "OTEL_RESOURCE_ATTRIBUTES", "OTEL_METRIC_EXPORT_INTERVAL",
    ];

    private readonly List<string[]> patterns;

    private ConfigurationKeys(IEnumerable<string> keys) =>
        patterns = keys.Select(k => k.Split(':')).ToList();

    /// <summary>The keys both BFFs may be configured with.</summary>
    public static ConfigurationKeys ForBffs { get; } = Build(withAppSettings: true);

    /// <summary>The keys found in the code alone (options types and framework keys), without the appsettings files.</summary>
    public static ConfigurationKeys FromCode { get; } = Build(withAppSettings: false);

    /// <summary>Every key pattern found (for the test that the catalogue itself is not empty or vacuous).</summary>
    public IEnumerable<string> Patterns => patterns.Select(p => string.Join(':', p));

    /// <summary>An environment variable's configuration key: <c>Backends__Catalog__BaseUrl</c> → <c>Backends:Catalog:BaseUrl</c>.</summary>
    public static string FromEnvironmentName(string name) => name.Replace("__", ":", StringComparison.Ordinal);

    /// <summary>Whether the code reads <paramref name="key"/> (case-insensitive, as configuration is).</summary>
    public bool Contains(string key)
    {
        var segments = key.Split(':');
        return patterns.Any(p => p.Length == segments.Length && p.Zip(segments).All(s => Matches(s.First, s.Second)));
    }

    private static bool Matches(string pattern, string segment) => pattern switch
    {
        "*" => segment.Length > 0,
        "#" => segment.All(char.IsAsciiDigit) && segment.Length > 0,
        _ => string.Equals(pattern, segment, StringComparison.OrdinalIgnoreCase),
    };

    private static ConfigurationKeys Build(bool withAppSettings)
    {
        var keys = new HashSet<string>(FrameworkKeys, StringComparer.OrdinalIgnoreCase);
        foreach (var (section, type) in Sections())
        {
            AddProperties(type, section, keys, depth: 0);
        }

        foreach (var project in withAppSettings ? ["bff-mobile/Bff.Mobile", "bff-web/Bff.Web"] : Array.Empty<string>())
        {
            keys.UnionWith(AppSettings.Of(Repository.PathOf(project)).Keys);
        }

        keys.ExceptWith(RefusedKeys());
        return new ConfigurationKeys(keys);
    }

    /// <summary>The shared libraries both BFFs are built from, and the two BFFs (loaded from their build output).</summary>
    private static IEnumerable<Assembly> Assemblies() =>
    [
        typeof(Bff.ServiceDefaults.Telemetry.BffTelemetry).Assembly,
        typeof(Bff.Caching.CachingOptions).Assembly,
        typeof(BackendResilienceOptions).Assembly,
        typeof(Bff.Backends.Registration.BackendClientOptions).Assembly,
        typeof(Bff.Domains.DomainModules).Assembly,
        BffBinaries.LoadAssembly("Bff.Mobile"),
        BffBinaries.LoadAssembly("Bff.Web"),
    ];

    private static IEnumerable<(string Section, Type Type)> Sections()
    {
        foreach (var type in Assemblies().SelectMany(a => a.GetTypes()))
        {
            var constants = type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string) && (f.Name == "SectionName" || f.Name.EndsWith("Section", StringComparison.Ordinal)));
            foreach (var constant in constants)
            {
                var section = (string)constant.GetRawConstantValue()!;
                // Bound once per backend below its name: Resilience:Backends:{backend} (BackendResilienceExtensions).
                yield return (section == BackendResilienceOptions.BackendsSection ? section + ":*" : section, type);
            }
        }
    }

    private static void AddProperties(Type type, string prefix, HashSet<string> keys, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (IsScalar(type))
        {
            keys.Add(prefix);
            return;
        }

        if (depth > 6 || typeof(Delegate).IsAssignableFrom(type) || type == typeof(object))
        {
            return;
        }

        if (DictionaryValueType(type) is { } valueType)
        {
            AddProperties(valueType, prefix + ":*", keys, depth + 1);
            return;
        }

        if (ElementType(type) is { } elementType)
        {
            AddProperties(elementType, prefix + ":#", keys, depth + 1);
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            // The binder sets public setters, and fills get-only objects and collections in place.
            var bindable = property.GetIndexParameters().Length == 0 && property.GetMethod is { IsPublic: true }
                && (property.SetMethod is { IsPublic: true } || !IsScalar(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType));
            if (bindable)
            {
                AddProperties(property.PropertyType, $"{prefix}:{property.Name}", keys, depth + 1);
            }
        }
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(Uri) || type == typeof(Guid);

    private static Type? DictionaryValueType(Type type) => Interfaces(type)
        .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() is var d && (d == typeof(IDictionary<,>) || d == typeof(IReadOnlyDictionary<,>)))
        ?.GetGenericArguments()[1];

    private static Type? ElementType(Type type) => type.IsArray ? type.GetElementType() : type == typeof(string) ? null : Interfaces(type)
        .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static IEnumerable<Type> Interfaces(Type type) => type.IsInterface ? [type, .. type.GetInterfaces()] : type.GetInterfaces();

    /// <summary>Keys the code refuses at start-up (Bff.ServiceDefaults' RetiredKeys, Bff.Resilience's RenamedKeys): known, but never to be set.</summary>
    private static IEnumerable<string> RefusedKeys()
    {
        var retired = typeof(Bff.ServiceDefaults.Telemetry.BffTelemetry).Assembly.GetType("Bff.ServiceDefaults.RetiredKeys", throwOnError: true)!;
        foreach (var (old, _) in (IEnumerable<(string, string)>)retired.GetField("Retired", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!)
        {
            yield return old;
        }

        var renamed = typeof(BackendResilienceOptions).Assembly.GetType("Bff.Resilience.Options.RenamedKeys", throwOnError: true)!;
        foreach (var (old, _) in (IEnumerable<(string, string)>)renamed.GetField("Renamed", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!)
        {
            yield return $"{BackendResilienceOptions.DefaultsSection}:{old}";
            yield return $"{BackendResilienceOptions.BackendsSection}:*:{old}";
        }
    }

    /// <summary>For failure messages: a few known keys near <paramref name="key"/>.</summary>
    public string Near(string key) => string.Join(", ", Patterns.Where(p => p.StartsWith(key.Split(':')[0], StringComparison.OrdinalIgnoreCase)).Take(12));
}
