using System.Security.Claims;
using System.Text;
using Bff.ServiceDefaults.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Bff.ServiceDefaults.Tests.Support;

/// <summary>Mints HS256 tokens like the demo backends' DevTokens, with the development key unless told otherwise.</summary>
public static class Tokens
{
    public static string Create(
        string userId,
        string key = JwtOptions.DevelopmentSigningKey,
        string issuer = JwtOptions.DevelopmentIssuer,
        string audience = JwtOptions.DevelopmentAudience,
        DateTime? expires = null)
    {
        var now = DateTime.UtcNow;
        var expiry = expires ?? now.AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, userId)]),
            IssuedAt = expiry < now ? expiry.AddHours(-1) : now,
            NotBefore = expiry < now ? expiry.AddHours(-1) : now,
            Expires = expiry,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        });
    }
}
