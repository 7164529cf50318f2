using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace Bff.ServiceDefaults.Auth;

/// <summary>The 401 a client gets: a <c>WWW-Authenticate</c> header per RFC 6750 and a small JSON body saying why.</summary>
internal static class AuthErrorResponse
{
    public static async Task WriteChallengeAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var (error, message) = context.AuthenticateFailure is { } failure
            ? ("invalid_token", Describe(failure))
            : ("unauthorized", "This request requires a bearer token.");
        var response = context.Response;
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = context.AuthenticateFailure is null
            ? "Bearer"
            : $"Bearer error=\"invalid_token\", error_description=\"{message}\"";
        response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(response.Body, new AuthError(error, message), AuthJsonContext.Default.AuthError, context.HttpContext.RequestAborted);
    }

    // Fixed sentences rather than the library's messages, which can echo token contents.
    private static string Describe(Exception failure) => failure switch
    {
        SecurityTokenExpiredException => "The bearer token has expired.",
        SecurityTokenNotYetValidException => "The bearer token is not valid yet.",
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => "The bearer token signature is invalid.",
        SecurityTokenInvalidIssuerException => "The bearer token was issued by an unknown issuer.",
        SecurityTokenInvalidAudienceException => "The bearer token is not meant for this service.",
        _ => "The bearer token is malformed or invalid.",
    };
}
