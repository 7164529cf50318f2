using Bff.ServiceDefaults.Correlation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Core;

namespace Bff.ServiceDefaults.Logging;

/// <summary>Registration of Serilog as the only logging provider.</summary>
public static class LoggingExtensions
{
    /// <summary>
    /// Makes Serilog the logger factory (<c>AddSerilog</c>): console text in Development, compact JSON otherwise, and
    /// OTLP as well when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (section <c>Serilog</c>). Levels come from
    /// <c>Serilog:MinimumLevel</c> only. Every line written in a request carries <c>CorrelationId</c>, <c>TraceId</c>
    /// and <c>SpanId</c>. Sinks, enrichers and filters registered in the container are used as well.
    /// </summary>
    public static IHostApplicationBuilder AddBffLogging(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddCorrelationId();
        builder.Services.AddOptions<BffLoggingOptions>().BindConfiguration(BffLoggingOptions.SectionName).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BffLoggingOptions>, BffLoggingOptionsValidator>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ILogEventEnricher, RequestContextEnricher>());

        // The static Log.Logger is left alone: each host (two test servers in one process, say) keeps its own logger.
        builder.Services.AddSerilog(
            (services, config) => BffLoggerConfiguration.Apply(
                config,
                services.GetRequiredService<IOptions<BffLoggingOptions>>().Value,
                builder.Environment,
                builder.Configuration,
                services),
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>Adds Serilog's request logging (one line per request) with the GraphQL operation, through this host's logger.</summary>
    public static IApplicationBuilder UseBffRequestLogging(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.ApplicationServices.GetRequiredService<ILogger>();
        return app.UseSerilogRequestLogging(o => RequestLogging.Configure(o, logger));
    }
}
