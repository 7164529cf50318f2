namespace Bff.Web.Hosting;

/// <summary>Which browser origins may call the BFF (<c>Cors</c> section); validated at start-up.</summary>
internal sealed class WebCorsOptions
{
    public const string SectionName = "Cors";

    /// <summary>The SPA's origins, e.g. <c>https://shop.example.com</c>: absolute http(s), no path, never <c>*</c>.</summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>Whether the browser may send cookies (the SPA sends bearer tokens, so off by default).</summary>
    public bool AllowCredentials { get; set; }

    /// <summary>How long a browser may reuse a preflight answer.</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}
