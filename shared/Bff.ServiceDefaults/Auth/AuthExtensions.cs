using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bff.ServiceDefaults.Auth;

/// <summary>Registration of bearer token validation.</summary>
public static class AuthExtensions
{
    /// <summary>
    /// Validates HS256 bearer tokens (options <c>Auth:Jwt</c>, checked at start-up; in Development unset values fall
    /// back to the demo backends' dev key). Anonymous requests pass; an invalid token is a 401 with a JSON body.
    /// The token is not forwarded here: only user-scoped backend clients forward <c>Authorization</c>.
    /// </summary>
    public static IHostApplicationBuilder AddBffAuthentication(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var isDevelopment = builder.Environment.IsDevelopment();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<JwtOptions>()
            .BindConfiguration(JwtOptions.SectionName)
            .PostConfigure(o =>
            {
                if (isDevelopment)
                {
                    o.SigningKey = string.IsNullOrEmpty(o.SigningKey) ? JwtOptions.DevelopmentSigningKey : o.SigningKey;
                    o.Issuer = string.IsNullOrEmpty(o.Issuer) ? JwtOptions.DevelopmentIssuer : o.Issuer;
                    o.Audience = string.IsNullOrEmpty(o.Audience) ? JwtOptions.DevelopmentAudience : o.Audience;
                }
            })
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<JwtOptions>, JwtOptionsValidator>());
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<JwtBearerOptions>, ConfigureJwtBearer>());
        builder.Services.AddAuthorization();
        return builder;
    }
}
