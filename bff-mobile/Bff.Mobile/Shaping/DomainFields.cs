using Bff.GraphQL.Execution;
using Bff.GraphQL.Types;

namespace Bff.Mobile.Shaping;

/// <summary>
/// Runs a field of the composed schema on behalf of a mobile field: the mobile fields are views of the domain
/// modules' fields (<c>available</c> of <c>stock</c>, <c>topReviews</c> of <c>reviews</c>), so they go through the
/// modules' own resolvers, with their DataLoaders, cache, id checks and error mapping, instead of a second path to
/// the backends.
/// </summary>
internal static class DomainFields
{
    public static async ValueTask<object?> ResolveAsync(
        IResolverContext context, string type, string field, object? parent, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        var target = context.Schema.Types.TryGetValue(type, out var named) && named is ObjectType objectType
            && objectType.Fields.TryGetValue(field, out var found) ? found : null;
        var resolver = target?.Resolver
            ?? throw new InvalidOperationException($"The mobile schema needs \"{type}.{field}\"; a composition step removed it.");
        return await resolver(new DelegatedResolverContext(context, parent, arguments ?? Empty)).ConfigureAwait(false);
    }

    /// <summary>The same, for a field that resolves to <typeparamref name="T"/>.</summary>
    public static async ValueTask<T?> ResolveAsync<T>(
        IResolverContext context, string type, string field, object? parent, IReadOnlyDictionary<string, object?>? arguments = null) =>
        await ResolveAsync(context, type, field, parent, arguments).ConfigureAwait(false) is T value ? value : default;

    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();
}
