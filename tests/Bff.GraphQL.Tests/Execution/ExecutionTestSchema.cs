using Bff.GraphQL.Execution;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Tests.Execution;

/// <summary>A small shop schema with every kind of type, resolvers over in-memory data.</summary>
internal static class ExecutionTestSchema
{
    public const string Sdl = """
        interface Node { id: ID! }
        interface Named { name: String! }
        type Product implements Node & Named {
          id: ID!
          name: String!
          price(currency: Currency = EUR): Float
          tags: [String!]!
          brokenName: String!
          secret: String
          maybeTags: [String]
        }
        type Brand implements Node & Named { id: ID! name: String! products: [Product!]! }
        union SearchResult = Product | Brand
        enum Currency { EUR USD }
        input ProductFilter { text: String, limit: Int = 2, currencies: [Currency!] }
        type Query {
          product(id: ID!): Product
          requiredProduct(id: ID!): Product!
          products(filter: ProductFilter): [Product!]!
          search(text: String!): [SearchResult!]!
          node(id: ID!): Node
          echo(value: Int, values: [Int]): String
          slow(label: String!): String
        }
        type Mutation { append(label: String!): [String!]! }
        """;

    public static Schema Create(Action<SchemaBuilder>? configure = null)
    {
        var log = new List<string>();
        var builder = SchemaBuilder.New()
            .AddDocumentFromString(Sdl)
            .BindRuntimeType<Product>("Product")
            .BindRuntimeType<Brand>("Brand")
            .BindEnum<Currency>("Currency")
            .AddResolver("Product", "price", ctx => ctx.ParentAs<Product>().Price * (ctx.ArgumentValue<Currency>("currency") == Currency.Usd ? 1.1 : 1.0))
            .AddResolver("Product", "brokenName", _ => null)
            .AddResolver("Product", "secret", _ => throw new InvalidOperationException("connection string leaked"))
            .AddResolver("Product", "maybeTags", _ => new[] { "a", null, "c" })
            .AddResolver("Brand", "products", ctx => Data.Products.Where(p => p.BrandId == ctx.ParentAs<Brand>().Id).ToList())
            .AddResolver("Query", "product", ctx => Data.Products.FirstOrDefault(p => p.Id == ctx.ArgumentValue<string>("id")))
            .AddResolver("Query", "requiredProduct", ctx => Data.Products.FirstOrDefault(p => p.Id == ctx.ArgumentValue<string>("id")))
            .AddResolver("Query", "products", Products)
            .AddResolver("Query", "search", ctx => Data.Search(ctx.ArgumentValue<string>("text")!))
            .AddResolver("Query", "node", ctx => Data.Search("").FirstOrDefault(n => IdOf(n) == ctx.ArgumentValue<string>("id")))
            .AddResolver("Query", "echo", ctx => ctx.HasArgument("values")
                ? string.Join(",", ctx.ArgumentValue<int?[]>("values")!.Select(v => v?.ToString() ?? "null"))
                : ctx.ArgumentValue<int?>("value")?.ToString() ?? "absent")
            .AddResolver("Query", "slow", ctx => Task.FromResult<object?>(ctx.ArgumentValue<string>("label")))
            .AddResolver("Mutation", "append", ctx => Data.Append(log, ctx.ArgumentValue<string>("label")!));
        configure?.Invoke(builder);
        return builder.Create();
    }

    public static Task<ExecutionResult> ExecuteAsync(
        Schema schema, string query, IReadOnlyDictionary<string, object?>? variables = null, string? operationName = null) =>
        new Executor().ExecuteAsync(schema, new ExecutionRequest(Parser.Parse(query), operationName, variables));

    public static string Json(ExecutionResult result) => ExecutionResultWriter.ToJson(result);

    private static string IdOf(object node) => node is Product product ? product.Id : ((Brand)node).Id;

    private static object? Products(IResolverContext ctx)
    {
        var filter = ctx.ArgumentValue<IReadOnlyDictionary<string, object?>>("filter");
        var text = filter?["text"] as string ?? "";
        var limit = filter is null ? 10 : (int)filter["limit"]!;
        return Data.Products.Where(p => p.Name.Contains(text, StringComparison.OrdinalIgnoreCase)).Take(limit).ToList();
    }

    public enum Currency
    {
        Eur,
        Usd,
    }

    public sealed record Product(string Id, string Name, double Price, string[] Tags, string BrandId);

    public sealed record Brand(string Id, string Name);

    public static class Data
    {
        public static readonly Product[] Products =
        [
            new("p1", "Trail shoe", 120, ["running", "outdoor"], "b1"),
            new("p2", "Road shoe", 100, ["running"], "b1"),
            new("p3", "Rain jacket", 80, [], "b2"),
        ];

        public static readonly Brand[] Brands = [new("b1", "Stride"), new("b2", "Drizzle")];

        public static IReadOnlyList<object> Search(string text) =>
        [
            .. Products.Where(p => p.Name.Contains(text, StringComparison.OrdinalIgnoreCase)),
            .. Brands.Where(b => b.Name.Contains(text, StringComparison.OrdinalIgnoreCase)),
        ];

        public static async Task<object?> Append(List<string> log, string label)
        {
            // Later mutations must see earlier ones: the delay makes a parallel run visibly wrong.
            await Task.Delay(label == "first" ? 50 : 1);
            lock (log)
            {
                log.Add(label);
                return log.ToArray();
            }
        }
    }
}
