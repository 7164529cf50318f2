using Bff.ServiceDefaults.Correlation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serilog.Core;
using Serilog.Extensions.Logging;

namespace Bff.ServiceDefaults.Logging;

/// <summary>Registration of Serilog as the only logging provider.</summary>
public static class LoggingExtensions
{
    /// <summary>
    /// Replaces the logging providers with Serilog: console text in Development, JSON otherwise (section
    /// <c>Serilog</c>), levels from <c>Serilog:MinimumLevel</c> only (not <c>Logging:LogLevel</c>), with <c>CorrelationId</c>, <c>TraceId</c> and <c>SpanId</c> on every line written in a request.
    /// Any <see cref="ILogEventSink"/> registered in the container receives every event as well.
    /// </summary>
    public static IHostApplicationBuilder AddBffLogging(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddCorrelationId();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<BffLoggingOptions>().BindConfiguration(BffLoggingOptions.SectionName).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BffLoggingOptions>, BffLoggingOptionsValidator>());

        builder.Logging.ClearProviders();

        // A rule for the provider itself outranks the general Logging:LogLevel rules, so the Serilog section decides.
        builder.Logging.AddFilter<SerilogLoggerProvider>(null, LogLevel.Trace);

        // Built from the container, not now, so options are validated and sinks registered later are included.
        builder.Services.AddSingleton<ILoggerProvider>(sp => new SerilogLoggerProvider(
            BffSerilog.CreateLogger(
                sp.GetRequiredService<IOptions<BffLoggingOptions>>().Value,
                sp.GetRequiredService<IHostEnvironment>(),
                sp.GetRequiredService<IHttpContextAccessor>(),
                sp.GetServices<ILogEventSink>()),
            dispose: true));
        return builder;
    }
}
