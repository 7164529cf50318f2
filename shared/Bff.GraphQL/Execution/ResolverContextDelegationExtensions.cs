using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

/// <summary>
/// Resolving another field of the schema on behalf of the field being resolved, e.g. a client BFF's
/// <c>Product.available</c> as a view of a domain module's <c>Product.stock</c>: the module's own resolver runs, with
/// its DataLoaders, cache and error mapping, instead of a second path to the backend.
/// </summary>
public static class ResolverContextDelegationExtensions
{
    /// <summary>
    /// Runs the resolver of <paramref name="typeName"/>.<paramref name="fieldName"/> with <paramref name="parent"/> and
    /// <paramref name="arguments"/> (the schema's defaults filled in) as part of the current field: under its path, so
    /// its errors, cache hints (<c>SetCacheHint</c>), stale values (<c>ReportStale</c>) and response extensions are the
    /// current field's, and its DataLoader loads join the request's batches. The value is returned as the resolver
    /// returned it, not completed: the caller shapes it.
    /// </summary>
    /// <param name="context">The context of the field being resolved (or of a field already delegated to).</param>
    /// <param name="typeName">The object type that declares the field.</param>
    /// <param name="fieldName">The field.</param>
    /// <param name="parent">The parent value that field's resolver expects.</param>
    /// <param name="arguments">Argument values in their coerced form (e.g. <c>int</c>, <c>string</c>), by name.</param>
    /// <returns>What the field's resolver returned.</returns>
    /// <exception cref="InvalidOperationException">The schema has no such field, or it has no resolver.</exception>
    /// <exception cref="ArgumentException">An argument the field does not declare, or a required one is missing.</exception>
    public static ValueTask<object?> ResolveFieldAsync(
        this IResolverContext context, string typeName, string fieldName, object? parent, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        var task = ResolverContextResponseExtensions.TaskOf(context);
        var type = context.Schema.Types.TryGetValue(typeName, out var named) ? named as ObjectType : null;
        var field = type is not null && type.Fields.TryGetValue(fieldName, out var found) ? found : null;
        var resolver = field?.Resolver
            ?? throw new InvalidOperationException($"The schema has no resolvable field \"{typeName}.{fieldName}\".");
        return resolver(new DelegatedFieldContext(task, type!, field!, parent, WithDefaults(field!, arguments)));
    }

    /// <summary>The same, for a field whose resolver returns a <typeparamref name="T"/>; default when it returns anything else.</summary>
    /// <param name="context">The context of the field being resolved.</param>
    /// <param name="typeName">The object type that declares the field.</param>
    /// <param name="fieldName">The field.</param>
    /// <param name="parent">The parent value that field's resolver expects.</param>
    /// <param name="arguments">Argument values in their coerced form, by name.</param>
    /// <typeparam name="T">The value the resolver returns.</typeparam>
    /// <returns>What the field's resolver returned, when it is a <typeparamref name="T"/>.</returns>
    public static async ValueTask<T?> ResolveFieldAsync<T>(
        this IResolverContext context, string typeName, string fieldName, object? parent, IReadOnlyDictionary<string, object?>? arguments = null) =>
        await context.ResolveFieldAsync(typeName, fieldName, parent, arguments).ConfigureAwait(false) is T value ? value : default;

    private static IReadOnlyDictionary<string, object?> WithDefaults(OutputField field, IReadOnlyDictionary<string, object?>? given)
    {
        foreach (var name in given?.Keys ?? [])
        {
            if (!field.Arguments.Contains(name))
            {
                throw new ArgumentException($"{field.Coordinate} has no argument \"{name}\".", nameof(given));
            }
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in field.Arguments)
        {
            if (given is not null && given.TryGetValue(definition.Name, out var value))
            {
                values[definition.Name] = value;
            }
            else if (definition.HasDefaultValue)
            {
                values[definition.Name] = definition.CoercedDefaultValue;
            }
            else if (definition.IsRequired)
            {
                throw new ArgumentException($"{field.Coordinate} needs its argument \"{definition.Name}\".", nameof(given));
            }
        }

        return values;
    }
}
