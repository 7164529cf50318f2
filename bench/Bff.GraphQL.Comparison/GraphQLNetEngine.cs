using Bff.GraphQL.Benchmarks.Catalog;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Instrumentation;
using GraphQL.SystemTextJson;
using GraphQL.Validation;
using GraphQLParser.AST;
using NetExecutionOptions = GraphQL.ExecutionOptions;
using NetSchema = GraphQL.Types.Schema;
using NetValidationOptions = GraphQL.Validation.ValidationOptions;
using NetValidator = GraphQL.Validation.DocumentValidator;

namespace Bff.GraphQL.Comparison;

/// <summary>
/// GraphQL.NET 8 with its defaults: <see cref="GraphQLDocumentBuilder"/> (comments ignored, locations kept), the
/// validator's core rules, <see cref="DocumentExecuter"/> without a document cache, and GraphQL.SystemTextJson's
/// <see cref="GraphQLSerializer"/> writing into a reused stream.
/// </summary>
internal sealed class GraphQLNetEngine : IDisposable
{
    private static readonly IValidationRule[] NoRules = [];
    private readonly GraphQLDocumentBuilder documentBuilder = new();
    private readonly NetValidator validator = new();
    private readonly DocumentExecuter executer;
    private readonly GraphQLSerializer serializer = new();
    private readonly MemoryStream stream = new(16 * 1024);
    private readonly GraphQLDocument cachedDocument;

    public GraphQLNetEngine()
    {
        Schema = GraphQLNetCatalogSchema.Create(CatalogSchema.LoadData());
        executer = new DocumentExecuter(documentBuilder, validator);
        cachedDocument = documentBuilder.Build(CatalogFiles.ProductList);
        var validation = ValidateAsync(cachedDocument).GetAwaiter().GetResult();
        if (!validation.IsValid)
        {
            throw new InvalidOperationException(validation.Errors[0].Message);
        }
    }

    public NetSchema Schema { get; }

    /// <summary>The JSON the last request wrote.</summary>
    public ReadOnlySpan<byte> Written => stream.GetBuffer().AsSpan(0, (int)stream.Length);

    public GraphQLDocument Parse(string text) => documentBuilder.Build(text);

    public Task<IValidationResult> ValidateAsync(GraphQLDocument document) => validator.ValidateAsync(new NetValidationOptions
    {
        Schema = Schema,
        Document = document,
        Operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single(),
        UserContext = new Dictionary<string, object?>(),
        Metrics = Metrics.None,
        Variables = Inputs.Empty,
        Extensions = Inputs.Empty,
    });

    /// <summary>Parse, validate, execute, serialize: what <see cref="DocumentExecuter"/> does for a query text.</summary>
    public async Task<long> RunAsync(string text) =>
        await WriteAsync(await executer.ExecuteAsync(new NetExecutionOptions { Schema = Schema, Query = text }));

    /// <summary>
    /// Execute and serialize a parsed and validated document: the options GraphQL.MemoryCache's
    /// <c>MemoryDocumentCache</c> sets on a hit (the document, and no validation rules), without its cache lookup.
    /// </summary>
    public async Task<long> RunCachedAsync() => await WriteAsync(await executer.ExecuteAsync(
        new NetExecutionOptions { Schema = Schema, Document = cachedDocument, ValidationRules = NoRules }));

    private async Task<long> WriteAsync(ExecutionResult result)
    {
        stream.SetLength(0);
        await serializer.WriteAsync(stream, result);
        return stream.Length;
    }

    public void Dispose() => stream.Dispose();
}
