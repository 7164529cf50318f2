using Bff.Deploy.Tests.Support;

namespace Bff.Deploy.Tests;

/// <summary>The key catalogue the compose and manifest tests rely on: it knows what the code binds and nothing else.</summary>
public sealed class ConfigurationKeysTests
{
    [Theory]
    [InlineData("Backends:Catalog:BaseUrl")]
    [InlineData("Backends:Notifications:Timeout")]
    [InlineData("Redis:Configuration")]
    [InlineData("Caching:KeyPrefix")]
    [InlineData("Caching:Policies:product:Fresh")]
    [InlineData("Resilience:RequestBudget")]
    [InlineData("Resilience:Defaults:Retry:MaxRetryAttempts")]
    [InlineData("resilience:backends:catalog:AttemptTimeout:Timeout")]
    [InlineData("RateLimiting:Ip:PermitLimit")]
    [InlineData("ForwardedHeaders:KnownNetworks:0")]
    [InlineData("Auth:Jwt:SigningKey")]
    [InlineData("Mobile:Home:FeaturedProductIds:3")]
    [InlineData("Cors:AllowedOrigins:0")]
    [InlineData("Kestrel:Endpoints:Http:Url")]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT")]
    public void Knows_the_keys_the_code_binds(string key)
    {
        Assert.True(ConfigurationKeys.ForBffs.Contains(key), key);
    }

    [Theory]
    [InlineData("Backends:Catalog:BaseUri")]
    [InlineData("Redis:Connection")]
    [InlineData("Resilience:Defaults:Retry")]
    [InlineData("Caching:Policies")]
    [InlineData("Telemetry:OtlpEndpoint")] // retired: refused at start-up
    [InlineData("Resilience:Defaults:Bulkhead:MaxConcurrency")] // renamed: refused at start-up
    [InlineData("Caching__KeyPrefix")]
    public void Does_not_know_keys_no_code_reads_or_the_code_refuses(string key)
    {
        Assert.False(ConfigurationKeys.ForBffs.Contains(key), key);
    }

    [Theory]
    [InlineData("bff-mobile/Bff.Mobile")]
    [InlineData("bff-web/Bff.Web")]
    public void Every_key_of_the_bffs_appsettings_is_bound_by_an_options_type_or_is_a_framework_key(string project)
    {
        // Asked of the keys found in the code alone: the reflection finds what the committed settings configure.
        Assert.All(AppSettings.Of(Repository.PathOf(project)).Keys, key => Assert.True(ConfigurationKeys.FromCode.Contains(key), key));
        Assert.True(ConfigurationKeys.FromCode.Patterns.Count() > 100);
    }
}
