using System.Text.Json;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Execution.Incremental;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Tests.Execution.Incremental;

/// <summary>
/// The schema the incremental tests share with tests/js/defer.mjs: fields read the root value's keys, and
/// <c>errorField</c> / <c>nonNullError</c> throw, as the script's field resolver does.
/// </summary>
internal static class IncrementalTestSchema
{
    public const string Sdl = """
        type Query { hero: Hero heroes: [Hero] list: [String] nonNullList: [String!] scalar: String }
        type Hero { id: ID! name: String friends: [Friend] nonNullName: String! errorField: String nonNullError: String! }
        type Friend { id: ID! name: String nonNullName: String! errorField: String }
        """;

    public static Schema Create() => SchemaBuilder.New()
        .AddDocumentFromString(Sdl)
        .ModifyOptions(o =>
        {
            o.StrictResolvers = false;
            o.EnableDefer = true;
            o.EnableStream = true;
        })
        .AddResolver("Hero", "errorField", Throw)
        .AddResolver("Hero", "nonNullError", Throw)
        .AddResolver("Friend", "errorField", Throw)
        .Create();

    /// <summary>A JSON value as the plain CLR values resolvers read: dictionaries, lists, strings, numbers.</summary>
    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>Executes incrementally and returns the payloads as the wire has them: the initial one, then each later one.</summary>
    public static async Task<List<string>> RunAsync(
        Schema schema, string document, object? rootValue, IncrementalFormat format,
        IReadOnlyDictionary<string, object?>? variables = null, CancellationToken cancellationToken = default)
    {
        var request = new ExecutionRequest(Parser.Parse(document), VariableValues: variables) { RootValue = rootValue };
        var result = await new Executor().ExecuteIncrementallyAsync(schema, request, format, cancellationToken);
        var payloads = new List<string> { IncrementalResultWriter.InitialToJson(result, format) };
        await foreach (var payload in result.Subsequent.WithCancellation(cancellationToken))
        {
            payloads.Add(IncrementalResultWriter.SubsequentToJson(payload, format));
        }

        await result.Completion;
        return payloads;
    }

    private static object? Throw(IResolverContext context) => throw new GraphQLException("bad");
}
