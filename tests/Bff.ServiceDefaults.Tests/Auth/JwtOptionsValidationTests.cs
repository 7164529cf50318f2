using Bff.ServiceDefaults.Tests.Support;
using Microsoft.Extensions.Options;

namespace Bff.ServiceDefaults.Tests.Auth;

public class JwtOptionsValidationTests
{
    [Fact]
    public async Task OutsideDevelopmentAMissingSigningKeyFailsStartUpNamingTheKey()
    {
        var error = await TestApp.StartupFailureAsync(
            new Dictionary<string, string?> { ["Auth:Jwt:Issuer"] = "i", ["Auth:Jwt:Audience"] = "a" }, "Production");

        Assert.IsType<OptionsValidationException>(error);
        Assert.Contains("Auth:Jwt:SigningKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AShortSigningKeyFailsStartUp()
    {
        var error = await TestApp.StartupFailureAsync(new Dictionary<string, string?> { ["Auth:Jwt:SigningKey"] = "short" });

        Assert.Contains("Auth:Jwt:SigningKey must be at least 32 bytes", error.Message, StringComparison.Ordinal);
    }
}
