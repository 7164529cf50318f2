using System.Collections.Concurrent;
using Bff.GraphQL.Execution;

namespace Bff.GraphQL.Types;

/// <summary>
/// The resolver of fields that have neither a resolver nor a bound CLR type when strict resolvers are off: reads a
/// dictionary key or a same-named member of whatever the parent is, compiling one getter per CLR type.
/// </summary>
internal static class DynamicMemberResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Getters = new();

    public static FieldResolverDelegate For(string name) => context => new ValueTask<object?>(Read(context.Parent, name));

    private static object? Read(object? parent, string name) => parent switch
    {
        null => null,
        IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault(name),
        IDictionary<string, object?> map => map.TryGetValue(name, out var value) ? value : null,
        _ => Getters.GetOrAdd((parent.GetType(), name), key => MemberAccessors.CompileGetter(key.Item1, key.Item2))
            ?.Invoke(parent),
    };
}
