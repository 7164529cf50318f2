using System.Security.Cryptography;
using System.Text;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Language;
using Bff.GraphQL.Server.Persisted;
using Bff.GraphQL.Types;
using Bff.GraphQL.Validation;

namespace Bff.GraphQL.Server;

/// <summary>
/// Finds the document a request runs: by persisted id, by Automatic Persisted Query hash, or from its text; then
/// parses and validates it once and caches the verdict.
/// </summary>
internal sealed class DocumentResolver(
    Schema schema,
    GraphQLServerOptions options,
    IPersistedOperationStore? persisted,
    IAutomaticPersistedQueryStore? automatic)
{
    internal DocumentCache Cache { get; } = new(options.DocumentCacheSizeBytes);

    public async ValueTask<(CachedDocument? Document, GraphQLResponse? Error)> ResolveAsync(
        GraphQLRequest request, CancellationToken cancellationToken)
    {
        var (text, error) = await FindTextAsync(request, cancellationToken);
        if (error is not null)
        {
            return (null, error);
        }

        var document = GetOrCreate(text!);
        if (document.Errors.Count == 0 && IsRegistration(request, text!) && PersistedQueryHash(request.Extensions) is { } hash)
        {
            // Registered only once it parses and validates: junk cannot fill the store.
            await automatic!.SaveAsync(hash.ToLowerInvariant(), text!, cancellationToken);
        }

        return (document, null);
    }

    /// <summary>
    /// An APQ registration: the request sent its text with a hash, which <see cref="FindByHashAsync"/> checked
    /// (it returns the request's own text only then; a deployed operation's text is another string).
    /// </summary>
    private bool IsRegistration(GraphQLRequest request, string text) =>
        automatic is not null && !options.OnlyAllowPersistedOperations && request.DocumentId is null
        && ReferenceEquals(text, request.Query);

    private async ValueTask<(string? Text, GraphQLResponse? Error)> FindTextAsync(GraphQLRequest request, CancellationToken ct)
    {
        if (request.DocumentId is { } id)
        {
            // Not the APQ protocol (no client retries a document id with its text): a plain request error.
            var stored = persisted is null ? null : await persisted.TryGetAsync(id, ct);
            return stored is not null ? (stored, null) : (null, NotFound(RequestErrorKind.BadRequest));
        }

        var hash = PersistedQueryHash(request.Extensions);
        if (hash is not null)
        {
            return await FindByHashAsync(request.Query, hash, ct);
        }

        if (string.IsNullOrEmpty(request.Query))
        {
            return (null, GraphQLResponse.Error(RequestErrorKind.MalformedRequest, "The request has no query.", ServerErrorCodes.BadRequest));
        }

        if (options.OnlyAllowPersistedOperations && !await IsPersistedAsync(request.Query, ct))
        {
            return (null, NotAllowed());
        }

        return (request.Query, null);
    }

    private async ValueTask<(string? Text, GraphQLResponse? Error)> FindByHashAsync(string? query, string hash, CancellationToken ct)
    {
        var deployed = persisted is null ? null : await persisted.TryGetAsync(hash, ct);
        if (deployed is not null)
        {
            return (deployed, null);
        }

        if (options.OnlyAllowPersistedOperations)
        {
            // A hash alone may be one of the app's that this deployment lacks: Apollo's clients then retry with the
            // text, which is refused as any unregistered text is, with an error they do not take for a miss.
            return (null, string.IsNullOrEmpty(query) ? NotFound(RequestErrorKind.PersistedQueryMiss) : NotAllowed());
        }

        if (automatic is null)
        {
            return (null, GraphQLResponse.Error(
                RequestErrorKind.PersistedQueryMiss, "PersistedQueryNotSupported", ServerErrorCodes.PersistedQueryNotSupported));
        }

        if (string.IsNullOrEmpty(query))
        {
            var registered = await automatic.TryGetAsync(hash, ct);
            return registered is not null ? (registered, null) : (null, NotFound(RequestErrorKind.PersistedQueryMiss));
        }

        if (!string.Equals(Sha256Hex(query), hash, StringComparison.OrdinalIgnoreCase))
        {
            return (null, GraphQLResponse.Error(RequestErrorKind.BadRequest,
                "The provided sha256Hash does not match the query.", ServerErrorCodes.PersistedQueryHashMismatch));
        }

        return (query, null);
    }

    private async ValueTask<bool> IsPersistedAsync(string query, CancellationToken ct) =>
        persisted is not null && await persisted.TryGetAsync(Sha256Hex(query), ct) is { } stored && stored == query;

    private CachedDocument GetOrCreate(string text)
    {
        if (Cache.TryGet(text, out var cached))
        {
            return cached;
        }

        CachedDocument created;
        try
        {
            var document = Parser.Parse(text, options.Parser);
            var validation = DocumentValidator.Validate(schema, document, options.Validation);
            created = new CachedDocument(document, validation.Errors, validation.CostDependsOnVariables);
        }
        catch (GraphQLSyntaxException syntax)
        {
            created = new CachedDocument(new DocumentNode([]), [new GraphQLError(
                syntax.Message,
                [new ErrorLocation(syntax.Line, syntax.Column)],
                Extensions: new Dictionary<string, object?> { ["code"] = ServerErrorCodes.ParseFailed })]);
        }

        Cache.Add(text, created);
        return created;
    }

    private static GraphQLResponse NotFound(RequestErrorKind kind) =>
        GraphQLResponse.Error(kind, "PersistedQueryNotFound", ServerErrorCodes.PersistedQueryNotFound);

    private static GraphQLResponse NotAllowed() =>
        GraphQLResponse.Error(RequestErrorKind.BadRequest, "Only persisted operations are allowed.", ServerErrorCodes.PersistedOperationRequired);

    internal static string? PersistedQueryHash(IReadOnlyDictionary<string, object?>? extensions)
    {
        if (extensions is null || !extensions.TryGetValue("persistedQuery", out var value))
        {
            return null;
        }

        return JsonInput.Normalize(value) is IDictionary<string, object?> persistedQuery
            && persistedQuery.TryGetValue("sha256Hash", out var hash) && hash is string text ? text : null;
    }

    internal static string Sha256Hex(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
