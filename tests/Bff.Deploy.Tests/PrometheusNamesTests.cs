using Bff.Deploy.Tests.Support;

namespace Bff.Deploy.Tests;

/// <summary>The collector's Prometheus naming, on the instruments the dashboards use and the rules' edge cases.</summary>
public sealed class PrometheusNamesTests
{
    [Theory]
    [InlineData("http.server.request.duration", "s", MetricKind.Histogram, "http_server_request_duration_seconds_bucket http_server_request_duration_seconds_sum http_server_request_duration_seconds_count")]
    [InlineData("resilience.polly.strategy.attempt.duration", "ms", MetricKind.Histogram, "resilience_polly_strategy_attempt_duration_milliseconds_bucket resilience_polly_strategy_attempt_duration_milliseconds_sum resilience_polly_strategy_attempt_duration_milliseconds_count")]
    [InlineData("bff.cache.stale_served", "{value}", MetricKind.Counter, "bff_cache_stale_served_total")]
    [InlineData("fusioncache.cache.hit", "", MetricKind.Counter, "fusioncache_cache_hit_total")]
    [InlineData("resilience.circuit_state", "", MetricKind.Gauge, "resilience_circuit_state")]
    [InlineData("http.client.active_requests", "{request}", MetricKind.UpDownCounter, "http_client_active_requests")]
    [InlineData("aspnetcore.memory_pool.allocated", "By", MetricKind.Counter, "aspnetcore_memory_pool_allocated_bytes_total")]
    [InlineData("process.cpu.utilization", "1", MetricKind.Gauge, "process_cpu_utilization_ratio")]
    [InlineData("kestrel.connection.duration_seconds", "s", MetricKind.Gauge, "kestrel_connection_duration_seconds")]
    [InlineData("net.bytes", "By/s", MetricKind.Gauge, "net_bytes_per_second")]
    public void Names_a_metric_as_the_prometheus_exporter_does(string name, string unit, MetricKind kind, string expected)
    {
        Assert.Equal(expected.Split(' '), PrometheusNames.Of(name, unit, kind));
    }

    [Theory]
    [InlineData("sum by (span_name) (rate(graphql_operation_calls_total{job=\"bff-web\", status_code=\"STATUS_CODE_ERROR\"}[$__rate_interval]))", "graphql_operation_calls_total")]
    [InlineData("histogram_quantile(0.99, sum by (le, server_address) (rate(http_client_request_duration_seconds_bucket{job=\"x\"}[5m])))", "http_client_request_duration_seconds_bucket")]
    [InlineData("sum(rate(a_total[1m])) / (sum(rate(a_total[1m])) + sum(rate(b_total{x=\"rate(c)\"}[1m])))", "a_total b_total")]
    [InlineData("max by (backend) (resilience_circuit_state{job=\"bff-mobile\"}) > bool 0", "resilience_circuit_state")]
    public void Reads_the_metric_names_of_a_query(string expression, string expected)
    {
        Assert.Equal(expected.Split(' '), PromQl.MetricNames(expression));
    }
}
