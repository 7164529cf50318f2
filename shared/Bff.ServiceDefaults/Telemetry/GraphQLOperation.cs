using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Bff.ServiceDefaults.Telemetry;

/// <summary>
/// The convention by which a GraphQL endpoint tells the service defaults which operation a request ran:
/// it stores the name in <c>HttpContext.Items["graphql.operation"]</c> (and optionally the type under
/// <c>"graphql.operation.type"</c>). Request logs and the GraphQL span read them. The engine may set the items
/// directly, without referencing this assembly; <see cref="Set"/> does the same and tags the current span.
/// </summary>
public static class GraphQLOperation
{
    /// <summary>Item key of the operation name.</summary>
    public const string NameItemKey = "graphql.operation";

    /// <summary>Item key of the operation type (<c>query</c>, <c>mutation</c>, <c>subscription</c>).</summary>
    public const string TypeItemKey = "graphql.operation.type";

    /// <summary>Records the operation of this request and tags <see cref="Activity.Current"/> (OpenTelemetry semantic conventions).</summary>
    public static void Set(HttpContext context, string? operationName, string? operationType = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[NameItemKey] = operationName;
        context.Items[TypeItemKey] = operationType;
        Activity.Current?.SetTag("graphql.operation.name", operationName).SetTag("graphql.operation.type", operationType);
    }

    /// <summary>The operation name recorded for this request, if any.</summary>
    public static string? GetOperationName(HttpContext context) =>
        context.Items.TryGetValue(NameItemKey, out var value) && value is string { Length: > 0 } name ? name : null;

    /// <summary>The operation type recorded for this request, if any.</summary>
    public static string? GetOperationType(HttpContext context) =>
        context.Items.TryGetValue(TypeItemKey, out var value) && value is string { Length: > 0 } type ? type : null;
}
