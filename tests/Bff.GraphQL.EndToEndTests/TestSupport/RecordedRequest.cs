using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Bff.GraphQL.EndToEndTests.TestSupport;

/// <summary>One request as <see cref="RequestRecorder"/> saw it, with the GraphQL parameters it carried.</summary>
internal sealed record RecordedRequest(string Method, string QueryString, string Body, int Status, string CacheControl, string ETag, string ResponseBody)
{
    /// <summary>Whether the request carried a document text (<c>query</c>), in its URL or its JSON body.</summary>
    public bool SentQueryText => !string.IsNullOrEmpty(Parameter("query"));

    /// <summary>The <c>extensions.persistedQuery.sha256Hash</c> the request carried, if any.</summary>
    public string? PersistedQueryHash
    {
        get
        {
            var extensions = Parameter("extensions");
            if (string.IsNullOrEmpty(extensions))
            {
                return null;
            }

            using var json = JsonDocument.Parse(extensions);
            return json.RootElement.TryGetProperty("persistedQuery", out var persisted)
                && persisted.TryGetProperty("sha256Hash", out var hash) ? hash.GetString() : null;
        }
    }

    /// <summary>The <c>extensions.code</c> of the response's first error, if it had one.</summary>
    public string? FirstErrorCode
    {
        get
        {
            if (!ResponseBody.StartsWith('{'))
            {
                return null;
            }

            using var json = JsonDocument.Parse(ResponseBody);
            return json.RootElement.TryGetProperty("errors", out var errors) && errors[0].TryGetProperty("extensions", out var extensions)
                && extensions.TryGetProperty("code", out var code) ? code.GetString() : null;
        }
    }

    /// <summary>A parameter as raw text: from the query string for GET, from the JSON body otherwise.</summary>
    public string? Parameter(string name)
    {
        if (Method == "GET")
        {
            return QueryHelpers.ParseQuery(QueryString).TryGetValue(name, out var value) ? value.ToString() : null;
        }

        using var json = JsonDocument.Parse(Body);
        if (!json.RootElement.TryGetProperty(name, out var property) || property.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return property.ValueKind == JsonValueKind.String ? property.GetString() : property.GetRawText();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Method} {QueryString} {Body} -> {Status} {ResponseBody}";
}
