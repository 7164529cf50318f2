namespace Bff.ServiceDefaults.Auth;

/// <summary>
/// Bearer token validation, bound from <c>Auth:Jwt</c>. HS256 with a shared key, as the demo backends do; in
/// Development unset values default to the demo backends' dev key, issuer and audience (see README).
/// </summary>
public sealed class JwtOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Auth:Jwt";

    /// <summary>The development signing key, the same as <c>Jwt:SigningKey</c> in demo-backends/DemoBackends/appsettings.json.</summary>
    public const string DevelopmentSigningKey = "bff-demo-dev-signing-key-change-me-0123456789abcdef";

    /// <summary>The development issuer.</summary>
    public const string DevelopmentIssuer = "bff-dev";

    /// <summary>The development audience.</summary>
    public const string DevelopmentAudience = "bff-demo";

    /// <summary>HS256 key (UTF-8, at least 32 bytes). Required outside Development, where <see cref="DevelopmentSigningKey"/> is refused.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Expected <c>iss</c>. Required outside Development.</summary>
    public string? Issuer { get; set; }

    /// <summary>Expected <c>aud</c>. Required outside Development.</summary>
    public string? Audience { get; set; }

    /// <summary>Tolerance for clock differences when checking <c>exp</c> and <c>nbf</c>.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);
}
