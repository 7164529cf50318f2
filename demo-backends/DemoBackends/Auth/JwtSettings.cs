using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace DemoBackends.Auth;

/// <summary>The dev JWT settings (<c>Jwt</c> section). The key is a documented dev secret, not a real one.</summary>
internal sealed record JwtSettings(string Issuer, string Audience, string SigningKey)
{
    public static JwtSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Jwt");
        var key = section["SigningKey"];
        if (string.IsNullOrEmpty(key) || Encoding.UTF8.GetByteCount(key) < 32)
        {
            throw new InvalidOperationException("Jwt:SigningKey must be set and at least 32 bytes long (HS256).");
        }

        return new JwtSettings(section["Issuer"] ?? "bff-dev", section["Audience"] ?? "bff-demo", key);
    }

    public SymmetricSecurityKey Key => new(Encoding.UTF8.GetBytes(SigningKey));
}
