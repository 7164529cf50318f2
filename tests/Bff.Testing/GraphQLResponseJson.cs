using System.Text.Json;
using Xunit;

namespace Bff.Testing;

/// <summary>Reading GraphQL responses in tests.</summary>
public static class GraphQLResponseJson
{
    /// <summary>The response's <c>data</c>.</summary>
    public static JsonElement Data(this JsonElement response) => response.GetProperty("data");

    /// <summary>The response's <c>errors</c>, or none.</summary>
    public static JsonElement[] Errors(this JsonElement response) =>
        response.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray()] : [];

    /// <summary>An error's <c>extensions.code</c>.</summary>
    public static string? Code(this JsonElement error) => Extension(error, "code");

    /// <summary>An error's <c>extensions.backend</c>.</summary>
    public static string? Backend(this JsonElement error) => Extension(error, "backend");

    /// <summary>An error's path as <c>products.3.price</c>.</summary>
    public static string PathText(this JsonElement error) => string.Join('.', error.GetProperty("path").EnumerateArray().Select(p => p.ToString()));

    /// <summary>Fails with the whole response when it has errors, so a broken query says why.</summary>
    public static JsonElement NoErrors(this JsonElement response)
    {
        Assert.True(response.Errors().Length == 0, response.ToString());
        return response;
    }

    private static string? Extension(JsonElement error, string name) =>
        error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty(name, out var value) ? value.GetString() : null;
}
