using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bff.ServiceDefaults.Auth;

internal sealed class JwtOptionsValidator(IHostEnvironment environment) : IValidateOptions<JwtOptions>
{
    // HS256 needs a key of at least 256 bits; IdentityModel would otherwise fail on the first token instead.
    private const int MinimumKeyBytes = 32;

    public ValidateOptionsResult Validate(string? name, JwtOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrEmpty(options.SigningKey))
        {
            errors.Add($"{JwtOptions.SectionName}:SigningKey is required outside Development.");
        }
        else if (Encoding.UTF8.GetByteCount(options.SigningKey) < MinimumKeyBytes)
        {
            errors.Add($"{JwtOptions.SectionName}:SigningKey must be at least {MinimumKeyBytes} bytes (HS256).");
        }
        else if (options.SigningKey == JwtOptions.DevelopmentSigningKey && !environment.IsDevelopment())
        {
            // The key is in this repository: anyone could mint tokens for any user with it.
            errors.Add($"{JwtOptions.SectionName}:SigningKey is the public development key, which is refused outside Development; configure a secret key.");
        }

        if (string.IsNullOrWhiteSpace(options.Issuer))
        {
            errors.Add($"{JwtOptions.SectionName}:Issuer is required outside Development.");
        }

        if (string.IsNullOrWhiteSpace(options.Audience))
        {
            errors.Add($"{JwtOptions.SectionName}:Audience is required outside Development.");
        }

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromMinutes(5))
        {
            errors.Add($"{JwtOptions.SectionName}:ClockSkew must be between 0 and 5 minutes.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
