using System.Linq.Expressions;
using System.Reflection;
using Bff.GraphQL.Execution;

namespace Bff.GraphQL.Types;

/// <summary>
/// Resolvers that read a member of the parent value, compiled once per field when the schema is created so that no
/// reflection runs per call.
/// </summary>
internal static class MemberAccessors
{
    /// <summary>The resolver that calls <paramref name="read"/> on the parent.</summary>
    public static FieldResolverDelegate ToResolver(Func<object, object?> read) =>
        context => new ValueTask<object?>(read(context.Parent!));

    /// <summary>Reads <paramref name="name"/> from a <paramref name="clrType"/> parent: a dictionary entry or a member.</summary>
    public static Func<object, object?>? CreateReader(Type clrType, string name)
    {
        if (typeof(IReadOnlyDictionary<string, object?>).IsAssignableFrom(clrType))
        {
            return parent => ((IReadOnlyDictionary<string, object?>)parent).GetValueOrDefault(name);
        }

        if (typeof(IDictionary<string, object?>).IsAssignableFrom(clrType))
        {
            return parent => ((IDictionary<string, object?>)parent).TryGetValue(name, out var value) ? value : null;
        }

        return CompileGetter(clrType, name);
    }

    /// <summary>A compiled <c>parent =&gt; (object?)((T)parent).Member</c>, or null when T has no such member.</summary>
    public static Func<object, object?>? CompileGetter(Type clrType, string name)
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        MemberInfo? member = (MemberInfo?)clrType.GetProperties(Flags)
                .FirstOrDefault(p => p.GetIndexParameters().Length == 0 && p.CanRead && p.GetMethod!.IsPublic
                    && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? clrType.GetFields(Flags).FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
        if (member is null)
        {
            return null;
        }

        var parent = Expression.Parameter(typeof(object), "parent");
        var access = Expression.MakeMemberAccess(Expression.Convert(parent, clrType), member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(access, typeof(object)), parent).Compile();
    }
}
