using System.Buffers;
using System.Text.Json;
using Bff.GraphQL.Benchmarks.Catalog;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Language;
using Bff.GraphQL.Server;
using Bff.GraphQL.Types;
using Bff.GraphQL.Validation;

namespace Bff.GraphQL.Comparison;

/// <summary>
/// Our engine, each step as <c>GraphQLRequestExecutor</c> runs it: the server's parser and validation options (the
/// specification's rules plus its depth, field, alias and cost limits, introspection off), the executor, and
/// <see cref="ExecutionResultWriter"/> into a reused buffer.
/// </summary>
internal sealed class OurEngine : IDisposable
{
    private static readonly GraphQLServerOptions ServerOptions = new();
    private readonly Executor executor = new();
    private readonly ArrayBufferWriter<byte> buffer = new(16 * 1024);
    private readonly Utf8JsonWriter writer;
    private readonly ExecutionRequest cachedRequest;

    public OurEngine()
    {
        Schema = CatalogSchema.Create(CatalogSchema.LoadData());
        cachedRequest = new ExecutionRequest(CatalogSchema.ParseValidated(Schema, "product-list.graphql"));
        writer = new Utf8JsonWriter(buffer);
    }

    public Schema Schema { get; }

    /// <summary>The JSON the last request wrote.</summary>
    public ReadOnlySpan<byte> Written => buffer.WrittenSpan;

    public static DocumentNode Parse(string text) => Parser.Parse(text, ServerOptions.Parser);

    public ValidationResult Validate(DocumentNode document) =>
        DocumentValidator.Validate(Schema, document, ServerOptions.Validation);

    /// <summary>The specification's rules without our limits: what GraphQL.NET's default rules check.</summary>
    public ValidationResult ValidateSpecOnly(DocumentNode document) =>
        DocumentValidator.Validate(Schema, document, ValidationOptions.SpecOnly);

    /// <summary>Parse, validate, execute, serialize: a request whose document is not cached.</summary>
    public async Task<int> RunAsync(string text)
    {
        var document = Parse(text);
        var validation = Validate(document);
        if (!validation.IsValid)
        {
            throw new InvalidOperationException(validation.Errors[0].Message);
        }

        return Write(await executor.ExecuteAsync(Schema, new ExecutionRequest(document)));
    }

    /// <summary>Execute and serialize a document parsed and validated once, as the document cache holds it.</summary>
    public async Task<int> RunCachedAsync() => Write(await executor.ExecuteAsync(Schema, cachedRequest));

    private int Write(ExecutionResult result)
    {
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        ExecutionResultWriter.Write(writer, result);
        writer.Flush();
        return buffer.WrittenCount;
    }

    public void Dispose() => writer.Dispose();
}
