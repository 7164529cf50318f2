using System.Security.Cryptography;
using System.Text.Json;
using Bff.Deploy.Tests.Support;

namespace Bff.Deploy.Tests;

/// <summary>
/// Each BFF started with exactly what its Deployment gives it — the image's ENV, the ConfigMap, the container's env and
/// the Secret's keys (test values for the secrets) — turns ready in Production: the manifests' configuration is complete
/// and passes the start-up validation.
/// </summary>
[Collection(DeployCollection.Name)]
public sealed class KubernetesStartTests(DeployStack stack)
{
    [Theory]
    [InlineData("bff-mobile", "Bff.Mobile", "bff-mobile/Dockerfile")]
    [InlineData("bff-web", "Bff.Web", "bff-web/Dockerfile")]
    public async Task A_bff_starts_in_production_with_the_manifests_configuration_and_turns_ready(string name, string assembly, string dockerfile)
    {
        var secrets = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Redis__Configuration"] = stack.RedisConfiguration,
            ["Auth__Jwt__SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)),
        };
        var container = Manifests.OfKind("Deployment").Single(d => d.Name() == name).Container();
        var environment = new Dictionary<string, string>(Dockerfile.Load(dockerfile).Environment, StringComparer.Ordinal);
        foreach (var reference in container.List("envFrom").Maps())
        {
            var configMap = Manifests.OfKind("ConfigMap").Single(c => c.Name() == reference.Map("configMapRef").Str("name"));
            foreach (var (key, value) in configMap.Map("data").Entries())
            {
                environment[key] = (string?)value ?? "";
            }
        }

        foreach (var variable in container.List("env").Maps())
        {
            environment[variable.Str("name")!] = variable.Str("value") ?? secrets[variable.At("valueFrom", "secretKeyRef").Str("key")!];
        }

        foreach (var key in environment.Keys.ToList())
        {
            environment[key] = stack.Localize(environment[key]);
        }

        var port = BffProcess.FreePort();
        environment["Kestrel__Endpoints__Http__Url"] = $"http://127.0.0.1:{port}";
        await using var bff = await BffProcess.StartAsync(assembly, environment, port);
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri(bff.Address, container.At("readinessProbe", "httpGet").Str("path")));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("Production", environment["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
    }
}
