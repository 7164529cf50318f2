using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Bff.ServiceDefaults.Auth;

/// <summary>Applies <see cref="JwtOptions"/> to the bearer handler once options are bound and validated.</summary>
internal sealed class ConfigureJwtBearer(IOptions<JwtOptions> jwt, TimeProvider time) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme)
        {
            return;
        }

        var settings = jwt.Value;

        // Keep claim names as issued: the user id is "sub", the same claim the backends read.
        options.MapInboundClaims = false;
        options.TimeProvider = time;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = settings.Issuer,
            ValidAudience = settings.Audience,
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(settings.SigningKey!)),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ClockSkew = settings.ClockSkew,
            NameClaimType = JwtRegisteredClaimNames.Sub,
            RequireExpirationTime = true,
        };
        options.Events = new JwtBearerEvents { OnChallenge = AuthErrorResponse.WriteChallengeAsync };
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
}
