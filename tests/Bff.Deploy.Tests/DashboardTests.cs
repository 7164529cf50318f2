using System.Text.Json;
using Bff.Deploy.Tests.Support;

namespace Bff.Deploy.Tests;

/// <summary>
/// The Grafana dashboards query only metrics the code emits, under the names the collector's Prometheus exporter
/// gives them: those the running BFFs exported over OTLP, those our libraries declare (seen by a MeterListener), and the
/// per-operation metrics the collector derives from the BFFs' GraphQL spans.
/// </summary>
[Collection(DeployCollection.Name)]
public sealed class DashboardTests(DeployStack stack)
{
    private static readonly string Dashboards = Repository.PathOf("deploy", "observability", "grafana", "dashboards");
    private static readonly Dictionary<object, object?> Collector = Yaml.Load(Repository.PathOf("deploy", "observability", "otel-collector.yaml"));

    [Theory]
    [InlineData("bff-mobile")]
    [InlineData("bff-web")]
    public void Every_metric_a_dashboard_queries_is_one_the_code_emits(string service)
    {
        var known = EmittedBy(service).Concat(SpanMetrics()).ToHashSet(StringComparer.Ordinal);
        var queried = Expressions(service).SelectMany(PromQl.MetricNames).Distinct(StringComparer.Ordinal).ToList();

        Assert.True(queried.Count >= 8, string.Join(", ", queried));
        Assert.All(queried, name => Assert.True(known.Contains(name), $"{service}'s dashboard queries {name}, which nothing emits. Emitted: {string.Join(", ", known.Order(StringComparer.Ordinal))}"));
    }

    [Theory]
    [InlineData("bff-mobile")]
    [InlineData("bff-web")]
    public void A_dashboard_shows_its_own_bff_only_under_the_service_name_the_compose_file_gives_it(string service)
    {
        Assert.Equal(service, ComposeFile.Environment(service)["OTEL_SERVICE_NAME"]);
        Assert.All(Expressions(service), e => Assert.Contains($"job=\"{service}\"", e, StringComparison.Ordinal));
        Assert.Contains(stack.Receiver.Metrics.Keys, m => m.Service == service);
    }

    [Fact]
    public void The_per_operation_metrics_come_from_the_span_the_engine_makes_per_operation()
    {
        // The collector keeps only scope Bff.GraphQL for the span metrics, and the BFFs name those spans "{type} {name}".
        var filter = Collector.At("processors", "filter/graphql-operations").At("traces").List("span").Cast<string>().Single();
        Assert.Equal("instrumentation_scope.name != \"Bff.GraphQL\"", filter);
        Assert.Contains(stack.Receiver.Spans.Keys, s => s.Service == "bff-mobile" && s.Scope == "Bff.GraphQL" && s.Name == "query Home");
        Assert.Contains(stack.Receiver.Spans.Keys, s => s.Service == "bff-web" && s.Scope == "Bff.GraphQL" && s.Name == "query ProductName");
        var pipeline = Collector.At("service", "pipelines", "traces/graphql-operations");
        Assert.Equal(["filter/graphql-operations"], pipeline.List("processors").Cast<string>().Where(p => p.StartsWith("filter", StringComparison.Ordinal)));
        Assert.Equal(["spanmetrics"], pipeline.List("exporters").Cast<string>());
        Assert.Contains("spanmetrics", Collector.At("service", "pipelines", "metrics").List("receivers").Cast<string>());
    }

    [Fact]
    public void Grafana_is_provisioned_with_the_datasource_the_dashboards_use_and_loads_them_from_where_compose_mounts_them()
    {
        var provisioning = Repository.PathOf("deploy", "observability", "grafana", "provisioning");
        var datasource = Yaml.Load(Path.Combine(provisioning, "datasources", "prometheus.yaml")).List("datasources").Maps().Single(d => d.Str("type") == "prometheus");
        var provider = Yaml.Load(Path.Combine(provisioning, "dashboards", "bff.yaml")).List("providers").Maps().Single();
        var mounts = ComposeFile.Services["grafana"].List("volumes").Cast<string>().ToList();

        Assert.Equal("http://prometheus:9090", datasource.Str("url"));
        Assert.Contains("./deploy/observability/grafana/dashboards:" + provider.At("options").Str("path") + ":ro", mounts);
        foreach (var file in Directory.GetFiles(Dashboards, "*.json"))
        {
            using var dashboard = JsonDocument.Parse(File.ReadAllText(file));
            Assert.All(dashboard.RootElement.GetProperty("panels").EnumerateArray(), p =>
            {
                Assert.Equal(datasource.Str("uid"), p.GetProperty("datasource").GetProperty("uid").GetString());
                Assert.NotEmpty(p.GetProperty("targets").EnumerateArray());
            });
        }
    }

    /// <summary>The Prometheus series of every metric this BFF exported, and of every instrument our libraries declare.</summary>
    private IEnumerable<string> EmittedBy(string service) => stack.Receiver.Metrics.Keys.Where(m => m.Service == service)
        .SelectMany(m => PrometheusNames.Of(m.Name, m.Unit, m.Kind))
        .Concat(CodeInstruments.All.SelectMany(i => PrometheusNames.Of(i.Name, i.Unit, i.Kind)));

    /// <summary>The spanmetrics connector's two metrics: {namespace}.calls (a counter) and {namespace}.duration (a histogram in its configured unit).</summary>
    private static IEnumerable<string> SpanMetrics()
    {
        var connector = Collector.At("connectors", "spanmetrics");
        var ns = connector.Str("namespace")!;
        return PrometheusNames.Of(ns + ".calls", "", MetricKind.Counter)
            .Concat(PrometheusNames.Of(ns + ".duration", connector.At("histogram").Str("unit") ?? "ms", MetricKind.Histogram));
    }

    private static IEnumerable<string> Expressions(string service)
    {
        using var dashboard = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dashboards, service + ".json")));
        return dashboard.RootElement.GetProperty("panels").EnumerateArray()
            .SelectMany(p => p.GetProperty("targets").EnumerateArray())
            .Select(t => t.GetProperty("expr").GetString()!)
            .ToList();
    }
}
