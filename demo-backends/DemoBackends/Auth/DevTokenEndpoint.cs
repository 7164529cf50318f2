namespace DemoBackends.Auth;

internal static class DevTokenEndpoint
{
    /// <summary>
    /// <c>GET /dev/token?sub=u-001</c>: a token for a demo user. Only mapped in Development or when
    /// <c>Jwt:DevTokenEndpoint</c> is true, since anyone reaching it can act as any user.
    /// </summary>
    public static IEndpointRouteBuilder MapDevTokenEndpoint(this IEndpointRouteBuilder app)
    {
        var environment = app.ServiceProvider.GetRequiredService<IHostEnvironment>();
        var configuration = app.ServiceProvider.GetRequiredService<IConfiguration>();
        if (!environment.IsDevelopment() && !configuration.GetValue<bool>("Jwt:DevTokenEndpoint"))
        {
            return app;
        }

        app.MapGet("/dev/token", (string? sub, JwtSettings settings, TimeProvider time) =>
        {
            if (string.IsNullOrWhiteSpace(sub) || sub.Length > 64)
            {
                return Http.Problems.Validation("sub", "'sub' is required, e.g. sub=u-001.");
            }

            var token = DevTokens.Create(settings, sub, time);
            return TypedResults.Ok(new DevToken(token, "Bearer", sub));
        })
        .WithTags("Dev")
        .WithSummary("Mint a dev JWT for a user id (Development only).")
        .Produces<DevToken>();
        return app;
    }
}

internal sealed record DevToken(string AccessToken, string TokenType, string Sub);
