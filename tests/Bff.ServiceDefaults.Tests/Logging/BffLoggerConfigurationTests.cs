using System.Text.Json;
using Bff.ServiceDefaults.Logging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Serilog.Events;
using Serilog.Parsing;

namespace Bff.ServiceDefaults.Tests.Logging;

public class BffLoggerConfigurationTests
{
    [Fact]
    public void DevelopmentWritesReadableTextWithTheCorrelationId()
    {
        var line = Format(new BffLoggingOptions(), Environments.Development);

        Assert.Matches(@"^\[\d\d:\d\d:\d\d INF\] corr-1 Test\.Category: Hello world$", line);
    }

    [Fact]
    public void ProductionWritesOneCompactJsonObjectPerLineWithTheCorrelationId()
    {
        var line = Format(new BffLoggingOptions(), Environments.Production, LogEventLevel.Warning);

        using var json = JsonDocument.Parse(line);
        Assert.Equal("corr-1", json.RootElement.GetProperty("CorrelationId").GetString());
        Assert.Equal("Hello \"world\"", json.RootElement.GetProperty("@m").GetString());
        Assert.Equal("Warning", json.RootElement.GetProperty("@l").GetString());
        Assert.True(json.RootElement.TryGetProperty("@t", out _));
    }

    [Fact]
    public void AnExplicitFormatWinsOverTheEnvironment()
    {
        var line = Format(new BffLoggingOptions { Format = LogFormat.Json }, Environments.Development);

        Assert.StartsWith("{", line, StringComparison.Ordinal);
    }

    [Fact]
    public void ATextTemplateWithoutTheMessageFailsValidationNamingTheKey()
    {
        var result = new BffLoggingOptionsValidator().Validate(null, new BffLoggingOptions { TextTemplate = "{Timestamp} {Level}" });

        Assert.True(result.Failed);
        Assert.Contains("Serilog:TextTemplate", result.FailureMessage, StringComparison.Ordinal);
    }

    private static string Format(BffLoggingOptions options, string environment, LogEventLevel level = LogEventLevel.Information)
    {
        var formatter = BffLoggerConfiguration.CreateFormatter(options, new HostingEnvironment { EnvironmentName = environment });
        var logEvent = new LogEvent(
            DateTimeOffset.UtcNow,
            level,
            null,
            new MessageTemplateParser().Parse("Hello {Name}"),
            [
                new LogEventProperty("Name", new ScalarValue("world")),
                new LogEventProperty("CorrelationId", new ScalarValue("corr-1")),
                new LogEventProperty("SourceContext", new ScalarValue("Test.Category")),
            ]);
        using var writer = new StringWriter();
        formatter.Format(logEvent, writer);
        return writer.ToString().TrimEnd();
    }
}
