using Bff.GraphQL.Execution;
using Bff.GraphQL.Execution.Caching;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Tests.Execution.Caching;

/// <summary>A schema with <c>@cacheControl</c> on fields and types, in the shapes Apollo's documentation shows.</summary>
internal static class CacheControlTestSchema
{
    public const string Sdl = """
        type Query {
          catalog: Catalog @cacheControl(maxAge: 300)
          me: User @cacheControl(maxAge: 60, scope: PRIVATE)
          news: [Article] @cacheControl(maxAge: 30)
          uncached: Catalog
          broken: String @cacheControl(maxAge: 100)
          dynamic: Catalog @cacheControl(maxAge: 300)
          version: String @cacheControl(maxAge: 3600)
          stale: Catalog @cacheControl(maxAge: 300)
        }
        type Catalog {
          name: String
          featured: Article
          sub: Catalog @cacheControl(inheritMaxAge: true)
          other: Catalog
        }
        type Article @cacheControl(maxAge: 120) { title: String author: User @cacheControl(maxAge: 600) }
        type User { name: String }
        """;

    public static Schema Create() => SchemaBuilder.New()
        .AddDocumentFromString(Sdl)
        .BindRuntimeType<Catalog>("Catalog")
        .BindRuntimeType<Article>("Article")
        .BindRuntimeType<User>("User")
        .AddResolver("Query", "catalog", _ => new Catalog("Books"))
        .AddResolver("Query", "me", _ => new User("Ada"))
        .AddResolver("Query", "news", _ => new[] { new Article("One"), new Article("Two") })
        .AddResolver("Query", "uncached", _ => new Catalog("Toys"))
        .AddResolver("Query", "broken", _ => throw new InvalidOperationException("backend down"))
        .AddResolver("Query", "dynamic", ctx =>
        {
            ctx.SetCacheHint(maxAge: 5, scope: CacheControlScope.Private);
            return new Catalog("Games");
        })
        .AddResolver("Query", "version", _ => "1.0")
        .AddResolver("Query", "stale", async ctx =>
        {
            await Task.Yield();
            ctx.ReportStale(TimeSpan.FromSeconds(42.7));
            return new Catalog("Old");
        })
        .AddResolver("Catalog", "featured", _ => new Article("Featured"))
        .AddResolver("Catalog", "sub", ctx => ctx.ParentAs<Catalog>())
        .AddResolver("Catalog", "other", ctx => ctx.ParentAs<Catalog>())
        .AddResolver("Article", "author", _ => new User("Grace"))
        .Create();

    public static Task<ExecutionResult> ExecuteAsync(Schema schema, string query) =>
        new Executor().ExecuteAsync(schema, new ExecutionRequest(Parser.Parse(query)));

    internal sealed record Catalog(string Name);

    internal sealed record Article(string Title);

    internal sealed record User(string Name);
}
