using System.Text.RegularExpressions;
using Bff.Deploy.Tests.Support;

namespace Bff.Deploy.Tests;

/// <summary>docker-compose.yml against the code and the no-Docker stack: ports, configuration keys, build paths, health.</summary>
public sealed partial class ComposeTests
{
    private static readonly string[] DemoServices = ["Catalog", "Inventory", "Pricing", "Reviews", "Users", "Orders", "Cart", "Recommendations", "Notifications"];

    [Fact]
    public void The_project_is_named()
    {
        Assert.False(string.IsNullOrWhiteSpace(ComposeFile.Document.Str("name")));
    }

    [Theory]
    [InlineData("bff-mobile", "bff-mobile/Dockerfile")]
    [InlineData("bff-web", "bff-web/Dockerfile")]
    public void A_bff_listens_in_its_container_on_the_port_it_has_in_the_no_Docker_stack_and_publishes_it(string service, string dockerfile)
    {
        var (project, stackPort) = StackScript.HttpServices[service];
        var image = Dockerfile.Load(dockerfile);
        var listen = new Uri(image.Environment["Kestrel__Endpoints__Http__Url"]);

        Assert.Equal(stackPort, AppSettingsPort(project));
        Assert.Equal("0.0.0.0", listen.Host);
        Assert.Equal(stackPort, listen.Port);
        Assert.Equal([stackPort], image.ExposedPorts);
        Assert.Equal([(stackPort, stackPort)], ComposeFile.PublishedPorts(service));
        Assert.Equal(dockerfile, ComposeFile.Services[service].Map("build").Str("dockerfile"));
    }

    [Fact]
    public void Each_demo_service_runs_alone_on_the_port_the_demo_host_gives_it()
    {
        var ports = AppSettings.Of(Repository.PathOf(StackScript.DemoBackendsProject));
        foreach (var backend in DemoServices)
        {
            var service = backend.ToLowerInvariant();
            var compose = ComposeFile.Services[service];
            var port = int.Parse(ports[$"DemoBackends:Ports:{backend}"], System.Globalization.CultureInfo.InvariantCulture);

            Assert.Equal(["--services", service], compose.List("command").Cast<string>());
            Assert.Contains(port, ComposeFile.PublishedPorts(service).Select(p => p.Container).Concat(ComposeFile.ExposedPorts(service)));
            Assert.All(ComposeFile.PublishedPorts(service), p => Assert.Equal(port, p.Host));
            // The BFFs call it where it listens.
            Assert.Equal($"http://{service}:{port}", ComposeFile.Environment("bff-mobile")[$"Backends__{backend}__BaseUrl"]);
            Assert.Equal($"http://{service}:{port}", ComposeFile.Environment("bff-web")[$"Backends__{backend}__BaseUrl"]);
        }
    }

    [Fact]
    public void Redis_is_pinned_checked_and_never_published_on_the_host()
    {
        var redis = ComposeFile.Services["redis"];

        Assert.Matches(@"^redis:7\.\d+\.\d+", redis.Str("image"));
        Assert.Empty(ComposeFile.PublishedPorts("redis"));
        Assert.Equal([StackScript.RedisPort], ComposeFile.ExposedPorts("redis"));
        Assert.Equal(["CMD", "redis-cli", "ping"], redis.Map("healthcheck").List("test").Cast<string>());
        Assert.All(DeployStack.Bffs, b => Assert.Equal($"redis:{StackScript.RedisPort}", ComposeFile.Environment(b.Service)["Redis__Configuration"]));
    }

    [Theory]
    [InlineData("bff-mobile")]
    [InlineData("bff-web")]
    public void Every_environment_variable_of_a_bff_is_a_key_the_code_reads(string service)
    {
        var image = Dockerfile.Load(ComposeFile.Services[service].Map("build").Str("dockerfile")!);
        foreach (var name in ComposeFile.Environment(service).Keys.Concat(image.Environment.Keys))
        {
            var key = ConfigurationKeys.FromEnvironmentName(name);
            Assert.True(ConfigurationKeys.ForBffs.Contains(key), $"{service}: {name} ({key}) is read by no code. Known nearby: {ConfigurationKeys.ForBffs.Near(key)}");
        }
    }

    [Fact]
    public void Every_build_context_and_dockerfile_exists()
    {
        var built = ComposeFile.Services.Where(s => s.Value.ContainsKey("build")).ToList();

        Assert.Equal(["bff-mobile", "bff-web", "cart", "catalog", "inventory", "notifications", "orders", "pricing", "recommendations", "reviews", "users", "users-dev-token"],
            built.Select(s => s.Key).Order(StringComparer.Ordinal));
        foreach (var (name, service) in built)
        {
            var build = service.Map("build");
            var context = Path.GetFullPath(Repository.PathOf(build.Str("context")!));
            Assert.True(Directory.Exists(context), $"{name}: no build context {context}");
            Assert.True(File.Exists(Path.Combine(context, build.Str("dockerfile")!)), $"{name}: no {build.Str("dockerfile")}");
        }
    }

    [Fact]
    public void Every_image_not_built_here_is_pinned_to_an_exact_version()
    {
        var pulled = ComposeFile.Services.Values.Where(s => !s.ContainsKey("build")).Select(s => s.Str("image")!).ToList();

        Assert.Equal(5, pulled.Count); // redis and the observability profile's four
        Assert.All(pulled, image => Assert.Matches(PinnedImage(), image));
        Assert.All(pulled, image => Assert.DoesNotContain(":latest", image, StringComparison.Ordinal));
    }

    [Fact]
    public void Depends_on_healthy_waits_only_for_services_that_have_a_health_check()
    {
        var conditions = 0;
        foreach (var (name, service) in ComposeFile.Services)
        {
            foreach (var (dependency, spec) in service.Map("depends_on").Entries())
            {
                var condition = ((Dictionary<object, object?>)spec!).Str("condition");
                Assert.Contains(condition, new[] { "service_healthy", "service_started", "service_completed_successfully" });
                if (condition == "service_healthy")
                {
                    conditions++;
                    Assert.True(HasHealthCheck(dependency), $"{name} waits for {dependency} to be healthy, which has no health check");
                }
            }
        }

        // Both BFFs wait for Redis and the nine backends.
        Assert.Equal(2 * (1 + DemoServices.Length), conditions);
    }

    [Fact]
    public void Every_file_mounted_into_a_container_exists()
    {
        var mounts = ComposeFile.Services.Values.SelectMany(s => s.List("volumes")).Cast<string>().ToList();

        Assert.NotEmpty(mounts);
        foreach (var mount in mounts)
        {
            var source = mount.Split(':')[0];
            Assert.True(File.Exists(Repository.PathOf(source)) || Directory.Exists(Repository.PathOf(source)), $"{mount}: {source} does not exist");
        }
    }

    [Fact]
    public void The_observability_profile_wires_the_bffs_to_the_collector_and_the_collector_to_jaeger_and_prometheus()
    {
        string[] observability = ["otel-collector", "jaeger", "prometheus", "grafana"];
        Assert.All(observability, s => Assert.Equal(["observability"], ComposeFile.Services[s].List("profiles").Cast<string>()));
        Assert.All(ComposeFile.Services.Where(s => !observability.Contains(s.Key)), s => Assert.DoesNotContain("observability", s.Value.List("profiles").Cast<string>()));

        // The command the file's header documents, and where it sends the BFFs' OTLP.
        var header = File.ReadAllText(Repository.PathOf("docker-compose.yml"));
        var documented = DocumentedOtlpEndpoint().Match(header);
        Assert.True(documented.Success, "the header documents BFF_OTLP_ENDPOINT=... docker compose --profile observability up");
        var endpoint = new Uri(documented.Groups[1].Value);
        var variables = new Dictionary<string, string> { ["BFF_OTLP_ENDPOINT"] = endpoint.ToString().TrimEnd('/') };
        Assert.All(DeployStack.Bffs, b =>
        {
            Assert.Equal(endpoint.ToString().TrimEnd('/'), ComposeFile.Interpolate(ComposeFile.Environment(b.Service)["OTEL_EXPORTER_OTLP_ENDPOINT"], variables));
            Assert.Equal("", ComposeFile.Interpolate(ComposeFile.Environment(b.Service)["OTEL_EXPORTER_OTLP_ENDPOINT"], new Dictionary<string, string>()));
            Assert.Equal(b.Service, ComposeFile.Environment(b.Service)["OTEL_SERVICE_NAME"]);
        });

        var collector = Yaml.Load(Repository.PathOf("deploy", "observability", "otel-collector.yaml"));
        Assert.Equal("otel-collector", endpoint.Host);
        Assert.Equal($"0.0.0.0:{endpoint.Port}", collector.At("receivers", "otlp", "protocols", "grpc").Str("endpoint"));
        Assert.Contains(endpoint.Port, ComposeFile.ExposedPorts("otel-collector"));

        // Traces to Jaeger's OTLP port; metrics on the exporter's port, which Prometheus scrapes.
        var jaeger = collector.At("exporters", "otlp/jaeger").Str("endpoint")!.Split(':');
        Assert.Contains(int.Parse(jaeger[1], System.Globalization.CultureInfo.InvariantCulture), ComposeFile.ExposedPorts(jaeger[0]));
        var exporterPort = int.Parse(collector.At("exporters", "prometheus").Str("endpoint")!.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(exporterPort, ComposeFile.ExposedPorts("otel-collector"));
        var prometheus = Yaml.Load(Repository.PathOf("deploy", "observability", "prometheus.yml"));
        var targets = prometheus.List("scrape_configs").Maps().SelectMany(c => c.List("static_configs").Maps()).SelectMany(c => c.List("targets")).Cast<string>();
        Assert.Equal([$"otel-collector:{exporterPort}"], targets);
        Assert.Equal("true", prometheus.List("scrape_configs").Maps().Single().Str("honor_labels"));
        Assert.Contains("prometheus", collector.At("service", "pipelines", "metrics").List("exporters").Cast<string>());
        Assert.Contains("otlp/jaeger", collector.At("service", "pipelines", "traces").List("exporters").Cast<string>());
    }

    private static bool HasHealthCheck(string service)
    {
        var compose = ComposeFile.Services[service];
        if (compose.Map("healthcheck").Count > 0)
        {
            return compose.Map("healthcheck").List("test").Count > 0;
        }

        var dockerfile = compose.Map("build").Str("dockerfile");
        return dockerfile is not null && Dockerfile.Load(dockerfile).HealthCheck is { Count: > 0 };
    }

    private static int AppSettingsPort(string project)
    {
        var settings = AppSettings.Of(Repository.PathOf(project));
        var url = settings.GetValueOrDefault("Kestrel:Endpoints:Http:Url") ?? settings["urls"];
        return new Uri(url).Port;
    }

    [GeneratedRegex(@"^[\w./-]+:v?\d+\.\d+\.\d+(-[\w.]+)*(@sha256:[0-9a-f]{64})?$|@sha256:[0-9a-f]{64}$")]
    private static partial Regex PinnedImage();

    [GeneratedRegex(@"BFF_OTLP_ENDPOINT=(\S+) docker compose --profile observability up")]
    private static partial Regex DocumentedOtlpEndpoint();
}
