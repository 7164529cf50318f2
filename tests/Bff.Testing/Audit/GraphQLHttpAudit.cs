using System.Text.Json;

namespace Bff.Testing;

/// <summary>graphql-http's server audits (the GraphQL-over-HTTP conformance checks, tests/js/audit.mjs) against an endpoint.</summary>
public static class GraphQLHttpAudit
{
    /// <summary>Every audit's outcome, in graphql-http's order.</summary>
    public static async Task<IReadOnlyList<AuditResult>> RunAsync(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        using var output = JsonDocument.Parse(await NodeScript.RunAsync("audit.mjs", endpoint.ToString()));
        return
        [
            .. output.RootElement.EnumerateArray().Select(r => new AuditResult(
                r.GetProperty("id").GetString()!,
                r.GetProperty("name").GetString()!,
                r.GetProperty("status").GetString()!,
                r.GetProperty("reason").ValueKind == JsonValueKind.Null ? null : r.GetProperty("reason").ToString())),
        ];
    }
}

/// <summary>One audit of graphql-http.</summary>
/// <param name="Id">Its stable id, e.g. <c>572B</c>.</param>
/// <param name="Name">Its text, starting with its level: MUST, SHOULD or MAY.</param>
/// <param name="Status"><c>ok</c>, or <c>warn</c>, <c>error</c> or <c>notice</c> when not passed.</param>
/// <param name="Reason">Why it was not passed.</param>
public sealed record AuditResult(string Id, string Name, string Status, string? Reason)
{
    /// <summary>Whether it passed.</summary>
    public bool Passed => Status == "ok";

    /// <summary>MUST, SHOULD or MAY.</summary>
    public string Level => Name.Split(' ', 2)[0];

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Name}: {Status} {Reason}";
}
