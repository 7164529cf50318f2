using System.Collections;
using System.Reflection;

namespace Bff.Deploy.Tests.Support;

/// <summary>
/// The default of every key the code binds: what a fresh options object holds (its property initialisers), walked as
/// the key catalogue walks the types. A dictionary's or list's entries have the default of a fresh entry; the
/// collection itself is listed under its own key (<c>Caching:Policies</c>) only when it starts with entries.
/// </summary>
public sealed partial class ConfigurationKeys
{
    /// <summary>Key pattern (<c>*</c> any name, <c>#</c> an index) → the code's default; null when unset.</summary>
    public static IReadOnlyDictionary<string, object?> Defaults { get; } = BuildDefaults();

    private static Dictionary<string, object?> BuildDefaults()
    {
        var defaults = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (section, type) in Sections())
        {
            AddDefaults(type, Create(type), section, defaults, depth: 0);
        }

        return defaults;
    }

    private static void AddDefaults(Type type, object? value, string prefix, Dictionary<string, object?> defaults, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (IsScalar(type))
        {
            defaults.TryAdd(prefix, value);
            return;
        }

        if (depth > 6 || typeof(Delegate).IsAssignableFrom(type) || type == typeof(object))
        {
            return;
        }

        if (DictionaryValueType(type) is { } valueType)
        {
            AddCollection(value, prefix, defaults);
            AddDefaults(valueType, Create(valueType), prefix + ":*", defaults, depth + 1);
            return;
        }

        if (ElementType(type) is { } elementType)
        {
            AddCollection(value, prefix, defaults);
            AddDefaults(elementType, IsScalar(elementType) ? null : Create(elementType), prefix + ":#", defaults, depth + 1);
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var bindable = property.GetIndexParameters().Length == 0 && property.GetMethod is { IsPublic: true }
                && (property.SetMethod is { IsPublic: true } || !IsScalar(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType));
            if (bindable)
            {
                AddDefaults(property.PropertyType, value is null ? null : property.GetValue(value), $"{prefix}:{property.Name}", defaults, depth + 1);
            }
        }
    }

    // A collection that starts with entries (default policies, log level overrides) has a default worth writing down.
    private static void AddCollection(object? value, string prefix, Dictionary<string, object?> defaults)
    {
        if (value is IEnumerable entries and not string && entries.Cast<object>().Any())
        {
            defaults.TryAdd(prefix, value);
        }
    }

    private static object? Create(Type type)
    {
        if (type.IsAbstract || type.IsInterface || type.IsGenericTypeDefinition)
        {
            return null;
        }

        try
        {
            return type.IsValueType || type.GetConstructor(Type.EmptyTypes) is not null ? Activator.CreateInstance(type) : null;
        }
        catch (TargetInvocationException)
        {
            return null;
        }
    }
}
