using System.Text.Json;

namespace Bff.Mobile.Tests.Support;

/// <summary>Reading GraphQL responses in tests.</summary>
public static class Json
{
    public static JsonElement Data(this JsonElement response) => response.GetProperty("data");

    public static JsonElement[] Errors(this JsonElement response) =>
        response.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray()] : [];

    public static string? Code(this JsonElement error) =>
        error.TryGetProperty("extensions", out var e) && e.TryGetProperty("code", out var code) ? code.GetString() : null;

    public static string? Backend(this JsonElement error) =>
        error.TryGetProperty("extensions", out var e) && e.TryGetProperty("backend", out var backend) ? backend.GetString() : null;

    public static string PathText(this JsonElement error) => string.Join('.', error.GetProperty("path").EnumerateArray().Select(p => p.ToString()));

    /// <summary>Fails with the whole response when it has errors, so a broken query says why.</summary>
    public static JsonElement NoErrors(this JsonElement response)
    {
        Assert.True(response.Errors().Length == 0, response.ToString());
        return response;
    }
}
