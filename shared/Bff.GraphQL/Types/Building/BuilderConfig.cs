using Bff.GraphQL.Execution;

namespace Bff.GraphQL.Types;

/// <summary>What <see cref="SchemaBuilder"/> collected besides SDL; type names are those the modules define.</summary>
internal sealed class BuilderConfig
{
    public Dictionary<string, ScalarType> Scalars { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Type> EnumBindings { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Type> RuntimeBindings { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, TypeResolverDelegate> TypeResolvers { get; } = new(StringComparer.Ordinal);

    /// <summary>Keyed by <c>Type.field</c>.</summary>
    public Dictionary<string, FieldResolverDelegate> Resolvers { get; } = new(StringComparer.Ordinal);

    /// <summary>Subscribe functions of subscription fields, keyed by <c>Type.field</c>.</summary>
    public Dictionary<string, SubscribeResolverDelegate> Subscribers { get; } = new(StringComparer.Ordinal);

    public List<ICompositionStep> Composition { get; } = [];

    /// <summary>A binding made under the module's name or under the name composition gave the type.</summary>
    public static T? Find<T>(Dictionary<string, T> map, TypeEntry entry) =>
        map.TryGetValue(entry.Name, out var byNewName) ? byNewName : map.GetValueOrDefault(entry.OriginalName);
}
