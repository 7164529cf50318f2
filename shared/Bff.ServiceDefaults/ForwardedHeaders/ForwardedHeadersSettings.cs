namespace Bff.ServiceDefaults.ForwardedHeaders;

/// <summary>
/// Which peers may say who the caller is (<c>X-Forwarded-For</c>, <c>X-Forwarded-Proto</c>), bound from
/// <c>ForwardedHeaders</c>. With neither list set the headers are ignored from everyone: the remote IP is the peer's.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Addresses of the load balancers or reverse proxies in front of the BFF, for example <c>10.0.0.5</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, for example <c>10.0.0.0/24</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxy hops to unwind from the right of <c>X-Forwarded-For</c>.</summary>
    public int ForwardLimit { get; set; } = 1;
}
