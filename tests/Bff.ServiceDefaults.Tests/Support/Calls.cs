using System.Net;
using System.Net.Http.Headers;

namespace Bff.ServiceDefaults.Tests.Support;

/// <summary>Calls to <c>/ping</c> as a user, a client application or a bare IP, for the rate limiting tests.</summary>
public static class Calls
{
    public static async Task<List<HttpStatusCode>> SendManyAsync(TestApp app, int count, string? token = null, string? clientId = null)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var response = await SendAsync(app, token, clientId);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }

    public static async Task<HttpResponseMessage> SendAsync(TestApp app, string? token = null, string? clientId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ping");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (clientId is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Client-Id", clientId);
        }

        return await app.Client.SendAsync(request);
    }
}
