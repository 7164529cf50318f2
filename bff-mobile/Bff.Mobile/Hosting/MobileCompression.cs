using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Bff.Mobile.Hosting;

/// <summary>Brotli, else gzip: a phone on a cellular link pays for every byte, and JSON compresses about tenfold.</summary>
internal static class MobileCompression
{
    public static IServiceCollection AddMobileCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // The apps always call over HTTPS. BREACH needs a secret in the body beside attacker-chosen text;
            // responses here never carry tokens or cookies.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/graphql-response+json"];
        });
        // Fastest: a 2-core instance serves many small responses; the ratio differs little at these sizes.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }
}
