using System.Text.Json;

namespace Bff.GraphQL.Server.Http;

/// <summary>Reads the request parameters of the GraphQL-over-HTTP draft from a JSON body or a query string.</summary>
internal static class RequestParameters
{
    public static GraphQLRequest FromJson(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new GraphQLHttpException(400, body.ValueKind == JsonValueKind.Array
                ? "Batched requests are not supported; send one JSON object per request."
                : "The request body must be a JSON object.");
        }

        return new GraphQLRequest(
            OptionalString(body, "query"),
            OptionalString(body, "operationName"),
            OptionalMap(body, "variables"),
            OptionalMap(body, "extensions"))
        {
            DocumentId = OptionalString(body, "id") ?? OptionalString(body, "documentId"),
        };
    }

    public static GraphQLRequest FromQueryString(Microsoft.AspNetCore.Http.IQueryCollection query, int maxDepth) =>
        new(Single(query, "query"), Single(query, "operationName"), JsonMap(query, "variables", maxDepth), JsonMap(query, "extensions", maxDepth))
        {
            DocumentId = Single(query, "id") ?? Single(query, "documentId"),
            IsReadOnly = true,
        };

    private static string? OptionalString(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new GraphQLHttpException(400, $"The '{name}' parameter must be a string.");
    }

    private static Dictionary<string, object?>? OptionalMap(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object
            ? ToMap(value)
            : throw new GraphQLHttpException(400, $"The '{name}' parameter must be a JSON object.");
    }

    private static Dictionary<string, object?> ToMap(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = property.Value;
        }

        return map;
    }

    private static string? Single(Microsoft.AspNetCore.Http.IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var values) || values.Count == 0)
        {
            return null;
        }

        return values.Count == 1
            ? values[0]
            : throw new GraphQLHttpException(400, $"The '{name}' parameter was given more than once.");
    }

    private static Dictionary<string, object?>? JsonMap(Microsoft.AspNetCore.Http.IQueryCollection query, string name, int maxDepth)
    {
        if (Single(query, name) is not { Length: > 0 } text)
        {
            return null;
        }

        try
        {
            // The parsed values are cloned out of the document, which can then go.
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = maxDepth });
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Object => ToMap(document.RootElement.Clone()),
                JsonValueKind.Null => null,
                _ => throw new GraphQLHttpException(400, $"The '{name}' parameter must be a JSON object."),
            };
        }
        catch (JsonException exception)
        {
            throw new GraphQLHttpException(400, $"The '{name}' parameter is not valid JSON: {exception.Message}");
        }
    }
}
