using Bff.GraphQL.Execution;
using Bff.GraphQL.Server;
using Bff.GraphQL.TestServer.Catalog;

namespace Bff.GraphQL.TestServer.Resolvers;

/// <summary>The root query fields. tests/js/conformance.mjs mirrors each of them; keep both in step.</summary>
internal static class QueryResolvers
{
    public static void Register(GraphQLServerBuilder builder) => builder
        .AddResolver("Query", "node", Node)
        .AddResolver("Query", "product", ctx => ctx.Catalog().Product(ctx.ArgumentValue<string>("id")!))
        .AddResolver("Query", "products", ProductQuery.Run)
        .AddResolver("Query", "categories", ctx => ctx.Catalog().Categories)
        .AddResolver("Query", "users", ctx => ctx.Catalog().Users)
        .AddResolver("Query", "search", Search)
        .AddResolver("Query", "matrix", _ => new int[]?[] { [1, 2], [3, 4, 5], null, [] })
        .AddResolver("Query", "describeFilter", ctx => ProductQuery.Describe(ctx.ArgumentValue<IReadOnlyDictionary<string, object?>>("filter")!))
        .AddResolver("Query", "echoDate", ctx => ctx.ArgumentValue<DateTimeOffset>("value"))
        .AddResolver("Query", "echoMoney", ctx => ctx.ArgumentValue<Money>("value"))
        .AddResolver("Query", "failing", Fail)
        .AddResolver("Query", "holder", _ => new HolderRecord("h1", "first"))
        .AddResolver("Query", "holders", _ => new[] { new HolderRecord("h1", "first"), new HolderRecord("h2", "second") })
        .AddResolver("Query", "slowEcho", SlowEchoAsync)
        .AddResolver("Query", "waitForCancellation", WaitForCancellationAsync);

    private static object? Fail(IResolverContext ctx) => throw new GraphQLException("This field always fails.");

    private static object? Node(IResolverContext ctx)
    {
        var id = ctx.ArgumentValue<string>("id");
        var catalog = ctx.Catalog();
        return (object?)catalog.Product(id!) ?? (object?)catalog.Categories.FirstOrDefault(c => c.Id == id)
            ?? (object?)catalog.User(id!) ?? catalog.Reviews.FirstOrDefault(r => r.Id == id);
    }

    private static List<object> Search(IResolverContext ctx)
    {
        var text = ctx.ArgumentValue<string>("text")!;
        var catalog = ctx.Catalog();
        bool Matches(string name) => name.Contains(text, StringComparison.OrdinalIgnoreCase);
        return
        [
            .. catalog.Products.Where(p => Matches(p.Name)),
            .. catalog.Categories.Where(c => Matches(c.Name)),
            .. catalog.Users.Where(u => Matches(u.Name)),
        ];
    }

    private static async Task<string> SlowEchoAsync(IResolverContext ctx)
    {
        var delay = Math.Clamp(ctx.ArgumentValue<int>("delayMs"), 0, 1000);
        await Task.Delay(delay, ctx.RequestAborted);
        return ctx.ArgumentValue<string>("message")!;
    }

    private static async Task<bool> WaitForCancellationAsync(IResolverContext ctx)
    {
        var probes = ctx.Probes();
        probes.WaitStarted.TrySetResult();
        try
        {
            await Task.Delay(Timeout.Infinite, ctx.RequestAborted);
            return false;
        }
        catch (OperationCanceledException)
        {
            probes.WaitCancelled.TrySetResult();
            throw;
        }
    }
}
