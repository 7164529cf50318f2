using System.Diagnostics;
using System.Text.Json;
using Bff.Deploy.Tests.Support;

namespace Bff.Deploy.Tests;

/// <summary>
/// The health checks of the images, the compose file and the manifests, asked of the real processes: each BFF started
/// with its compose configuration, and the demo backends.
/// </summary>
[Collection(DeployCollection.Name)]
public sealed class HealthTests(DeployStack stack)
{
    private static readonly string ProbeScript = Repository.PathOf("deploy", "docker", "http-probe.sh");

    [Theory]
    [InlineData("bff-mobile")]
    [InlineData("bff-web")]
    public async Task A_bff_started_with_its_compose_configuration_is_ready_with_redis_and_its_backends(string service)
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri(stack.Bff(service).Address, "/health/ready"));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Contains("redis", body.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bff-mobile", "bff-mobile/Dockerfile")]
    [InlineData("bff-web", "bff-web/Dockerfile")]
    public async Task The_image_health_check_passes_against_the_running_bff(string service, string dockerfile)
    {
        var check = Dockerfile.Load(dockerfile).HealthCheck!;

        Assert.Equal(0, await ProbeAsync(stack.Bff(service).Port, check[3]));
    }

    [Fact]
    public async Task The_probe_script_fails_when_nothing_listens_or_the_answer_is_not_200()
    {
        Assert.Equal(1, await ProbeAsync(BffProcess.FreePort(), "/health/ready"));
        Assert.Equal(1, await ProbeAsync(stack.Bff("bff-web").Port, "/no-such-path"));
    }

    [Fact]
    public async Task Every_demo_service_health_check_in_the_compose_file_passes_against_the_demo_backends()
    {
        var checkedServices = 0;
        foreach (var (name, service) in ComposeFile.Services.Where(s => s.Value.Str("image") == "bff/demo-backends:dev" && s.Value.ContainsKey("healthcheck")))
        {
            var test = service.Map("healthcheck").List("test").Cast<string>().ToList();
            Assert.Equal(["CMD", "bash", "/usr/local/bin/http-probe.sh"], test[..3]);
            // The compose port of the service → the demo host's local port for it.
            var composePort = int.Parse(test[3], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains(composePort, ComposeFile.PublishedPorts(name).Select(p => p.Container).Concat(ComposeFile.ExposedPorts(name)));
            var backend = char.ToUpperInvariant(name[0]) + name[1..];
            Assert.Equal(0, await ProbeAsync(stack.DemoUrl(backend).Port, test[4]));
            checkedServices++;
        }

        Assert.Equal(9, checkedServices);
        // The script the compose checks run is the one the demo image installs there.
        Assert.Contains(Dockerfile.Load("demo-backends/Dockerfile").Copies, c => c.Sources.SequenceEqual(["deploy/docker/http-probe.sh"]) && c.Destination == "/usr/local/bin/http-probe.sh");
    }

    [Theory]
    [InlineData("bff-mobile")]
    [InlineData("bff-web")]
    public async Task Every_kubernetes_probe_path_answers_200_on_the_running_bff(string service)
    {
        var container = Manifests.OfKind("Deployment").Single(d => d.Name() == service).Container();
        using var http = new HttpClient();
        foreach (var probe in new[] { "startupProbe", "livenessProbe", "readinessProbe" })
        {
            var path = container.At(probe, "httpGet").Str("path")!;
            using var response = await http.GetAsync(new Uri(stack.Bff(service).Address, path));
            Assert.True(response.IsSuccessStatusCode, $"{service} {probe} {path}: {(int)response.StatusCode}");
        }
    }

    private static async Task<int> ProbeAsync(int port, string path)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(ProbeScript);
        start.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return process.ExitCode;
    }
}
