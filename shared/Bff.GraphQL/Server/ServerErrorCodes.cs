namespace Bff.GraphQL.Server;

/// <summary>Values of <c>extensions.code</c> for request errors the server reports.</summary>
public static class ServerErrorCodes
{
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadRequest = "BAD_REQUEST";
    public const string MutationOverGet = "MUTATION_NOT_ALLOWED_OVER_GET";
    public const string Timeout = "EXECUTION_TIMEOUT";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string PersistedOperationRequired = "PERSISTED_OPERATION_REQUIRED";
}
