using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace DemoBackends.Auth;

internal static class JwtSetup
{
    public static IServiceCollection AddDemoJwt(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = JwtSettings.From(configuration);
        services.AddSingleton(settings);
        services.AddAuthorization();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            // Keep claim names as issued: the user id is the "sub" claim.
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = settings.Issuer,
                ValidAudience = settings.Audience,
                IssuerSigningKey = settings.Key,
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                ClockSkew = TimeSpan.FromSeconds(30),
                NameClaimType = "sub",
            };
            options.Events = new JwtBearerEvents { OnChallenge = WriteProblemAsync };
        });
        return services;
    }

    /// <summary>401 as ProblemDetails, saying why, instead of an empty body.</summary>
    private static async Task WriteProblemAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var detail = context.AuthenticateFailure is null
            ? "A bearer token is required: Authorization: Bearer <jwt> (GET /dev/token?sub=u-001 on the users service in Development)."
            : "The bearer token is invalid or expired.";
        context.Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: detail)
            .ExecuteAsync(context.HttpContext);
    }
}
