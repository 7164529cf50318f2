using System.Text;
using Bff.GraphQL.Execution;
using Bff.GraphQL.TestServer.Catalog;

namespace Bff.GraphQL.TestServer.Resolvers;

/// <summary><c>Query.products</c> and <c>Query.describeFilter</c>: the input object (and its defaults) in use.</summary>
internal static class ProductQuery
{
    private static readonly string[] FilterFields = ["status", "tags", "price", "nameContains", "onlyNew"];

    public static IEnumerable<ProductRecord> Run(IResolverContext ctx)
    {
        var first = ctx.ArgumentValue<int>("first");
        var offset = ctx.ArgumentValue<int>("offset");
        if (first is < 0 or > 100 || offset < 0)
        {
            throw new GraphQLException("first must be between 0 and 100 and offset at least 0.");
        }

        var filter = ctx.ArgumentValue<IReadOnlyDictionary<string, object?>>("filter");
        var products = ctx.Catalog().Products.AsEnumerable();
        if (filter is not null)
        {
            products = products.Where(p => Matches(p, filter));
        }

        return products.Skip(offset).Take(first).ToList();
    }

    public static string Describe(IReadOnlyDictionary<string, object?> filter)
    {
        var text = new StringBuilder();
        foreach (var name in FilterFields.Where(filter.ContainsKey))
        {
            text.Append(text.Length == 0 ? "" : ";").Append(name).Append('=').Append(Show(filter[name]));
        }

        return text.ToString();
    }

    private static bool Matches(ProductRecord product, IReadOnlyDictionary<string, object?> filter)
    {
        if (filter.GetValueOrDefault("status") is ProductStatus status && product.Status != status)
        {
            return false;
        }

        if (filter.GetValueOrDefault("tags") is IEnumerable<object?> tags && !tags.Any(t => product.Tags.Contains((string)t!)))
        {
            return false;
        }

        if (filter.GetValueOrDefault("price") is IReadOnlyDictionary<string, object?> price
            && ((price.GetValueOrDefault("min") is int min && product.PriceCents < min)
                || (price.GetValueOrDefault("max") is int max && product.PriceCents > max)))
        {
            return false;
        }

        return filter.GetValueOrDefault("nameContains") is not string part
            || product.Name.Contains(part, StringComparison.OrdinalIgnoreCase);
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        ProductStatus status => EnumNames.Of(status),
        bool flag => flag ? "true" : "false",
        string text => text,
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(",", map.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}:{Show(e.Value)}")) + "}",
        IEnumerable<object?> items => "[" + string.Join(",", items.Select(Show)) + "]",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
