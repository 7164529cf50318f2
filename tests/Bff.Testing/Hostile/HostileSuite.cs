using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bff.Testing;

/// <summary>
/// Sends hostile requests one after another and checks each answer: no 5xx, no stack trace or exception name in the
/// body, and a 2xx only with GraphQL errors (or data, for the requests allowed it); then the server must still answer
/// a normal query.
/// </summary>
public static partial class HostileSuite
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Sends every request with <paramref name="client"/> and returns each answer; fails naming every request that got
    /// a 5xx, a leaked stack trace, a dropped connection, a timeout or a success without errors, then runs
    /// <paramref name="assertHealthy"/>.
    /// </summary>
    public static async Task<IReadOnlyList<HostileAnswer>> AssertAnsweredCleanlyAsync(
        HttpClient client, IEnumerable<HostileRequest> requests, Func<Task> assertHealthy)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(assertHealthy);
        var answers = new List<HostileAnswer>();
        var problems = new List<string>();
        foreach (var hostile in requests)
        {
            var answer = await SendAsync(client, hostile);
            answers.Add(answer);
            if (Problem(hostile, answer) is { } problem)
            {
                problems.Add($"{hostile.Name}: {problem}\n    {answer}");
            }
        }

        Xunit.Assert.True(problems.Count == 0, $"{problems.Count} of {answers.Count} hostile requests were not answered cleanly:\n" + string.Join('\n', problems));
        await assertHealthy();
        return answers;
    }

    private static async Task<HostileAnswer> SendAsync(HttpClient client, HostileRequest hostile)
    {
        using var request = hostile.Create();
        using var timeout = new CancellationTokenSource(RequestTimeout);
        try
        {
            using var response = await client.SendAsync(request, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            return new HostileAnswer(hostile.Name, response.StatusCode, body, null);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
        {
            return new HostileAnswer(hostile.Name, null, "", e.GetType().Name + ": " + e.Message);
        }
    }

    private static string? Problem(HostileRequest hostile, HostileAnswer answer)
    {
        if (answer.Status is not { } status)
        {
            return "no answer (" + answer.Failure + ")";
        }

        if ((int)status >= 500)
        {
            return "a server error";
        }

        if (StackTrace().IsMatch(answer.Body))
        {
            return "the body shows a stack trace or an exception";
        }

        if ((int)status >= 400)
        {
            return null;
        }

        JsonElement json;
        try
        {
            json = JsonDocument.Parse(answer.Body).RootElement;
        }
        catch (JsonException)
        {
            return "a success whose body is not JSON";
        }

        var hasErrors = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0;
        var hasData = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object;
        return hasErrors || (hostile.MayAnswerData && hasData) ? null : "a success without a GraphQL error";
    }

    // A .NET stack frame ("   at Namespace.Type.Method("), a source line, or an exception's type name.
    [GeneratedRegex(@"\s+at [A-Z]\w*(\.[\w`<>+]+)+\(|\.cs:line \d+|\b(System|Microsoft|Bff)\.[\w.]*Exception\b|(?i:""stackTrace"")")]
    private static partial Regex StackTrace();
}

/// <summary>What a hostile request got back.</summary>
/// <param name="Name">The request's name.</param>
/// <param name="Status">The status, or null when the connection failed or timed out.</param>
/// <param name="Body">The body as text.</param>
/// <param name="Failure">Why no answer came, when none did.</param>
public sealed record HostileAnswer(string Name, HttpStatusCode? Status, string Body, string? Failure)
{
    /// <summary>The first error's <c>extensions.code</c>, or null.</summary>
    public string? FirstErrorCode
    {
        get
        {
            try
            {
                var json = JsonDocument.Parse(Body).RootElement;
                return json.ValueKind == JsonValueKind.Object && json.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0
                    && errors[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
                    ? code.GetString() : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{(Status is { } s ? ((int)s).ToString(System.Globalization.CultureInfo.InvariantCulture) : Failure)} {(Body.Length > 300 ? Body[..300] + "…" : Body)}";
}
