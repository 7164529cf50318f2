using System.Security.Cryptography;
using System.Text;
using Bff.GraphQL.Server;
using Bff.GraphQL.Server.Persisted;
using Bff.GraphQL.Types;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bff.GraphQL.Tests.Server;

/// <summary>Floods of registrations and junk must leave both caches within their bounds and real clients served.</summary>
public sealed class AutomaticPersistedQueryFloodTests : IDisposable
{
    private const long StoreLimit = 2L * 1024 * 1024;
    private const long DocumentLimit = 4L * 1024 * 1024;
    private const string RealQuery = "query Home { hello }";

    private static readonly Schema Schema = SchemaBuilder.New()
        .AddDocumentFromString("type Query { hello: String }")
        .AddResolver("Query", "hello", _ => "hi")
        .Create();

    private readonly InMemoryAutomaticPersistedQueryStore store = new(StoreLimit);
    private readonly GraphQLRequestExecutor executor;

    public AutomaticPersistedQueryFloodTests() => executor = new GraphQLRequestExecutor(
        Schema,
        new GraphQLServerOptions { EnableAutomaticPersistedQueries = true, DocumentCacheSizeBytes = DocumentLimit },
        NullLogger<GraphQLRequestExecutor>.Instance,
        automatic: store);

    [Fact]
    public async Task FloodsOfRegistrationsAndJunkStayWithinTheByteBoundsAndARealClientStillRuns()
    {
        Assert.Equal("""{"data":{"hello":"hi"}}""", await RunAsync(RealQuery, register: true));

        for (var i = 0; i < 50_000; i++)
        {
            // A distinct valid document registered, and a distinct junk document (half syntax errors, half invalid).
            await RunAsync($"query Flood{i} {{ hello }}", register: true);
            await RunAsync(i % 2 == 0 ? $"{{ hello(( {i}" : $"{{ missing{i} }}", register: true);
            if (i % 500 == 0)
            {
                Assert.Equal("""{"data":{"hello":"hi"}}""", await RunAsync(null, register: false, hashOf: RealQuery));
            }
        }

        Assert.InRange(store.SizeBytes, 1, StoreLimit);
        Assert.InRange(executor.DocumentCache.SizeBytes, 1, DocumentLimit);
        Assert.Equal("""{"data":{"hello":"hi"}}""", await RunAsync(null, register: false, hashOf: RealQuery));
    }

    [Fact]
    public async Task OnlyDocumentsThatParseAndValidateAreRegistered()
    {
        const string Invalid = "{ missing }";
        const string Broken = "{ hello(";

        await RunAsync(Invalid, register: true);
        await RunAsync(Broken, register: true);
        await RunAsync(RealQuery, register: true);

        Assert.Null(await store.TryGetAsync(Hash(Invalid), default));
        Assert.Null(await store.TryGetAsync(Hash(Broken), default));
        Assert.Equal(RealQuery, await store.TryGetAsync(Hash(RealQuery), default));
    }

    public void Dispose() => store.Dispose();

    private async Task<string> RunAsync(string? query, bool register, string? hashOf = null)
    {
        var hash = Hash(hashOf ?? query!);
        var extensions = new Dictionary<string, object?>
        {
            ["persistedQuery"] = new Dictionary<string, object?> { ["version"] = 1, ["sha256Hash"] = hash },
        };
        var response = await executor.ExecuteAsync(new GraphQLRequest(register ? query : null, Extensions: extensions), EmptyServices.Instance);
        return Bff.GraphQL.Execution.ExecutionResultWriter.ToJson(response.Result);
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
