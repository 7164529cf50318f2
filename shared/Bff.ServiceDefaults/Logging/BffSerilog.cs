using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Serilog;
using Serilog.Core;
using Serilog.Formatting;
using Serilog.Formatting.Display;
using Serilog.Formatting.Json;

namespace Bff.ServiceDefaults.Logging;

/// <summary>Builds the one Serilog logger of the application.</summary>
internal static class BffSerilog
{
    public static Logger CreateLogger(
        BffLoggingOptions options,
        IHostEnvironment environment,
        IHttpContextAccessor http,
        IEnumerable<ILogEventSink> extraSinks)
    {
        var config = new LoggerConfiguration()
            .MinimumLevel.Is(options.MinimumLevel.Default)
            .Enrich.FromLogContext()
            .Enrich.With(new RequestContextEnricher(http))
            .Enrich.WithProperty("Application", environment.ApplicationName)
            .WriteTo.Console(CreateFormatter(options, environment));
        foreach (var (prefix, level) in options.MinimumLevel.Override)
        {
            config.MinimumLevel.Override(prefix, level);
        }

        foreach (var sink in extraSinks)
        {
            config.WriteTo.Sink(sink);
        }

        return config.CreateLogger();
    }

    public static ITextFormatter CreateFormatter(BffLoggingOptions options, IHostEnvironment environment)
    {
        var json = options.Format == LogFormat.Json
            || (options.Format == LogFormat.Auto && !environment.IsDevelopment());
        return json
            ? new JsonFormatter(renderMessage: true)
            : new MessageTemplateTextFormatter(options.TextTemplate, System.Globalization.CultureInfo.InvariantCulture);
    }
}
