using Bff.Domains.Common;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Language;

namespace Bff.Domains.Catalog;

/// <summary>
/// Loads the products of a list's items (cart items, order lines, recommendations) in one batch at the list field,
/// when the selection asks for <c>product</c>. Without it each item's <c>product</c> resolves on its own; their
/// completions reach the executor one by one, and it may dispatch the fields below them (<c>price</c>, <c>stock</c>)
/// before the last item arrived: two pricing calls instead of one. With it, every item's <c>product</c> is already
/// loaded, resolves at once, and the fields below join one batch.
/// </summary>
internal static class ProductPrefetch
{
    public static async Task<IReadOnlyList<T>> WithProductsAsync<T>(
        IResolverContext context, IReadOnlyList<T> items, Func<T, string> productIdOf)
    {
        if (items.Count > 0 && AsksForProduct(context))
        {
            var ids = items.Select(productIdOf).Where(Ids.Product.IsValid).Distinct(StringComparer.Ordinal).ToArray();
            await TryLoadAsync(context.Loader<ProductByIdDataLoader>(), ids, context.RequestAborted).ConfigureAwait(false);
        }

        return items;
    }

    /// <summary>True when the field's selection (may) ask for <c>product</c>.</summary>
    public static bool AsksForProduct(IResolverContext context) => Asks(context.Selection.SelectionSet, "product");

    /// <summary>Loads products for later resolvers; a failure is left to them, each reporting it on its own field.</summary>
    public static async Task TryLoadAsync(ProductByIdDataLoader products, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        try
        {
            await products.LoadAsync(ids, cancellationToken).ConfigureAwait(false);
        }
        catch (GraphQLException)
        {
            // The loader does not keep failed loads: each item's product tries again and gets its own error.
        }
    }

    // A fragment spread may ask for it: prefetching then costs nothing a query would not have loaded anyway.
    private static bool Asks(SelectionSetNode? selections, string field) => selections is not null && selections.Selections.Any(s => s switch
    {
        FieldNode node => node.Name.Value == field,
        InlineFragmentNode inline => Asks(inline.SelectionSet, field),
        _ => true,
    });
}
