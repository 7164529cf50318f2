using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bff.Deploy.Tests.Support;

/// <summary>
/// A pricing backend over HTTPS that requires a client certificate issued by the test CA, serving the pricing contract's
/// <c>GET /prices?productIds=</c> and <c>GET /prices/{id}</c> with one recognisable amount. Counts the calls that got in.
/// </summary>
public sealed class MutualTlsPricing : IAsyncDisposable
{
    /// <summary>The amount every price has, unlike any demo price.</summary>
    public const decimal Amount = 1234.56m;

    private readonly WebApplication app;
    private int calls;

    private MutualTlsPricing(WebApplication app) => this.app = app;

    /// <summary>Its https root URL.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>How many requests passed the TLS handshake with a certificate.</summary>
    public int Calls => Volatile.Read(ref calls);

    /// <summary>Starts it on a free loopback port.</summary>
    public static async Task<MutualTlsPricing> StartAsync(TestCertificates certificates)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(https =>
        {
            https.ServerCertificate = certificates.Server;
            https.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
            // The test CA and nothing else: the machine's roots play no part.
            https.ClientCertificateValidation = (certificate, _, _) => certificates.IsIssuedByCa(certificate);
        })));
        var app = builder.Build();
        var pricing = new MutualTlsPricing(app);
        app.Use(async (context, next) =>
        {
            if (context.Connection.ClientCertificate is null)
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            Interlocked.Increment(ref pricing.calls);
            await next(context);
        });
        app.MapGet("/prices", (HttpContext context) => Prices(context.Request.Query["productIds"].SelectMany(v => v!.Split(','))));
        app.MapGet("/prices/{productId}", (string productId) => Prices([productId]).Single());
        await app.StartAsync();
        pricing.Url = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return pricing;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private static List<JsonElement> Prices(IEnumerable<string> ids) =>
        ids.Select(id => JsonSerializer.SerializeToElement(new
        {
            productId = id,
            amount = Amount,
            listPrice = Amount,
            discountPercent = 0,
            discount = 0m,
            currency = "EUR",
        })).ToList();
}
