using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Bff.ServiceDefaults.ForwardedHeaders;

/// <summary>Applies <see cref="ForwardedHeadersSettings"/> to ASP.NET Core's forwarded headers middleware.</summary>
internal sealed class ConfigureForwardedHeaders(IOptions<ForwardedHeadersSettings> settings) : IConfigureOptions<ForwardedHeadersOptions>
{
    public void Configure(ForwardedHeadersOptions options)
    {
        var value = settings.Value;

        // ASP.NET Core trusts loopback by default, and trusts every peer when both lists are empty: neither is what a
        // limiter keyed by IP can live with, so only the configured peers are trusted, and none when none are configured.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        if (value.KnownProxies.Count == 0 && value.KnownNetworks.Count == 0)
        {
            options.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.None;
            return;
        }

        options.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor
            | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
        options.ForwardLimit = value.ForwardLimit;
        foreach (var proxy in value.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in value.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }
}
