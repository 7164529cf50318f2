using Bff.Deploy.Tests.Support;

namespace Bff.Deploy.Tests;

/// <summary>deploy/k8s: parses, selects what it means to, configures only keys the code reads, keeps secrets out.</summary>
public sealed class KubernetesTests
{
    public static TheoryData<string, string> Bffs => new() { { "bff-mobile", "bff-mobile/Dockerfile" }, { "bff-web", "bff-web/Dockerfile" } };

    [Fact]
    public void Every_manifest_parses_and_the_kustomization_lists_every_file_but_the_example_secret()
    {
        var files = System.IO.Directory.GetFiles(Manifests.Directory, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        Assert.All(files, f => Assert.NotEmpty(Yaml.LoadAll(Path.Combine(Manifests.Directory, f!))));
        Assert.Equal(files.Except(["kustomization.yaml", "secret.example.yaml"]).Order(StringComparer.Ordinal), Manifests.Kustomization.List("resources").Cast<string>().Order(StringComparer.Ordinal));
        Assert.All(Manifests.Objects, o => Assert.False(string.IsNullOrEmpty(o.Str("apiVersion")) || string.IsNullOrEmpty(o.Str("kind")) || string.IsNullOrEmpty(o.Name())));
    }

    [Theory]
    [MemberData(nameof(Bffs))]
    public void A_deployment_selects_its_pods_and_its_service_and_autoscaler_and_budget_select_it(string name, string dockerfile)
    {
        var deployment = Manifests.OfKind("Deployment").Single(d => d.Name() == name);
        var podLabels = deployment.At("spec", "template", "metadata", "labels").Labels();
        var container = deployment.Container();
        var containerPort = container.List("ports").Maps().Single();

        Assert.True(Manifests.Selects(deployment.At("spec", "selector", "matchLabels").Labels(), podLabels));
        Assert.Equal(Dockerfile.Load(dockerfile).ExposedPorts.Single().ToString(System.Globalization.CultureInfo.InvariantCulture), containerPort.Str("containerPort"));
        Assert.Equal($"bff/{name}", container.Str("image")!.Split(':')[0]);

        var service = Manifests.OfKind("Service").Single(s => s.Name() == name);
        Assert.True(Manifests.Selects(service.At("spec", "selector").Labels(), podLabels));
        Assert.All(service.At("spec").List("ports").Maps(), p => Assert.Equal(containerPort.Str("name"), p.Str("targetPort")));

        var autoscaler = Manifests.OfKind("HorizontalPodAutoscaler").Single(h => h.Name() == name);
        Assert.Equal("autoscaling/v2", autoscaler.Str("apiVersion"));
        Assert.Equal(("Deployment", name), (autoscaler.At("spec", "scaleTargetRef").Str("kind"), autoscaler.At("spec", "scaleTargetRef").Str("name")));
        Assert.True(int.Parse(autoscaler.At("spec").Str("minReplicas")!, System.Globalization.CultureInfo.InvariantCulture) >= 2);

        var budget = Manifests.OfKind("PodDisruptionBudget").Single(p => p.Name() == name);
        Assert.Equal("policy/v1", budget.Str("apiVersion"));
        Assert.True(Manifests.Selects(budget.At("spec", "selector", "matchLabels").Labels(), podLabels));
        Assert.DoesNotContain(Manifests.OfKind("Deployment").Where(d => d.Name() != name),
            other => Manifests.Selects(budget.At("spec", "selector", "matchLabels").Labels(), other.At("spec", "template", "metadata", "labels").Labels()));
    }

    [Theory]
    [MemberData(nameof(Bffs))]
    public void A_deployment_probes_the_health_endpoints_on_its_named_port_drains_and_runs_locked_down(string name, string dockerfile)
    {
        var deployment = Manifests.OfKind("Deployment").Single(d => d.Name() == name);
        var container = deployment.Container();
        var portName = container.List("ports").Maps().Single().Str("name");

        Assert.Equal(("/health/live", portName), Probe(container, "startupProbe"));
        Assert.Equal(("/health/live", portName), Probe(container, "livenessProbe"));
        Assert.Equal(("/health/ready", portName), Probe(container, "readinessProbe"));
        Assert.Equal(["sleep", "5"], container.At("lifecycle", "preStop", "exec").List("command").Cast<string>());
        Assert.True(int.Parse(deployment.At("spec", "template", "spec").Str("terminationGracePeriodSeconds")!, System.Globalization.CultureInfo.InvariantCulture) > 5 + 30);
        Assert.All(new[] { "requests", "limits" }, r => Assert.NotEmpty(container.At("resources", r).Str("memory")!));
        Assert.Equal("true", container.At("securityContext").Str("readOnlyRootFilesystem"));
        Assert.Equal("false", container.At("securityContext").Str("allowPrivilegeEscalation"));
        Assert.Equal("true", deployment.At("spec", "template", "spec", "securityContext").Str("runAsNonRoot"));
        // The aspnet image's app user, which the Dockerfile's USER $APP_UID runs as.
        Assert.Equal("1654", deployment.At("spec", "template", "spec", "securityContext").Str("runAsUser"));
        Assert.Equal("$APP_UID", Dockerfile.Load(dockerfile).User);
        Assert.Contains(container.List("volumeMounts").Maps(), m => m.Str("mountPath") == "/tmp");
    }

    [Fact]
    public void Every_configuration_key_the_manifests_set_is_read_by_the_code()
    {
        var names = Manifests.OfKind("ConfigMap").SelectMany(c => c.Map("data").Entries().Select(e => e.Key))
            .Concat(Manifests.OfKind("Deployment").SelectMany(d => d.Container().List("env").Maps().Select(e => e.Str("name")!)))
            .Concat(SecretKeyRefs().Select(r => r.Key))
            .ToList();

        Assert.Contains("Redis__Configuration", names);
        Assert.All(names, name => Assert.True(ConfigurationKeys.ForBffs.Contains(ConfigurationKeys.FromEnvironmentName(name)),
            $"{name} is read by no code. Known nearby: {ConfigurationKeys.ForBffs.Near(ConfigurationKeys.FromEnvironmentName(name))}"));
    }

    [Fact]
    public void Production_configuration_is_complete_without_the_development_defaults()
    {
        var config = Manifests.OfKind("ConfigMap").Single().Map("data").Entries().ToDictionary(e => e.Key, e => (string?)e.Value);
        var secretKeys = SecretKeyRefs().Select(r => r.Key).ToHashSet(StringComparer.Ordinal);

        Assert.Equal("Production", config["ASPNETCORE_ENVIRONMENT"]);
        // Outside Development the JWT key, issuer and audience are required (Bff.ServiceDefaults' JwtOptionsValidator).
        Assert.Contains("Auth__Jwt__SigningKey", secretKeys);
        Assert.False(string.IsNullOrEmpty(config["Auth__Jwt__Issuer"]));
        Assert.False(string.IsNullOrEmpty(config["Auth__Jwt__Audience"]));
        Assert.All(new[] { "Catalog", "Inventory", "Pricing", "Reviews", "Users", "Orders", "Cart", "Recommendations", "Notifications" },
            b => Assert.True(Uri.IsWellFormedUriString(config[$"Backends__{b}__BaseUrl"], UriKind.Absolute)));
    }

    [Fact]
    public void Secrets_are_referenced_never_inlined()
    {
        Assert.Empty(Manifests.OfKind("Secret"));
        Assert.All(Manifests.OfKind("ConfigMap").SelectMany(c => c.Map("data").Values.OfType<string>()), v => Assert.DoesNotContain("password", v, StringComparison.OrdinalIgnoreCase));

        // Every reference names the documented Secret and one of its keys; the example holds placeholders only.
        var example = Yaml.Load(Path.Combine(Manifests.Directory, "secret.example.yaml"));
        var exampleData = example.Map("stringData").Entries().ToDictionary(e => e.Key, e => (string)e.Value!);
        Assert.All(SecretKeyRefs(), r => Assert.Equal(example.Name(), r.Secret));
        Assert.All(SecretKeyRefs(), r => Assert.Contains(r.Key, exampleData.Keys));
        Assert.All(exampleData.Values, v => Assert.Contains('<', v));
    }

    [Fact]
    public void The_ingress_terminates_tls_and_routes_to_both_bffs()
    {
        var ingress = Manifests.OfKind("Ingress").Single();
        var tls = ingress.At("spec").List("tls").Maps().Single();
        var rules = ingress.At("spec").List("rules").Maps().ToList();

        Assert.False(string.IsNullOrEmpty(tls.Str("secretName")));
        Assert.Equal(rules.Select(r => r.Str("host")).Order(StringComparer.Ordinal), tls.List("hosts").Cast<string>().Order(StringComparer.Ordinal));
        var backends = rules.SelectMany(r => r.At("http").List("paths").Maps()).Select(p => p.At("backend", "service")).ToList();
        Assert.Equal(["bff-mobile", "bff-web"], backends.Select(b => b.Str("name")).Order(StringComparer.Ordinal));
        foreach (var backend in backends)
        {
            var service = Manifests.OfKind("Service").Single(s => s.Name() == backend.Str("name"));
            Assert.Contains(service.At("spec").List("ports").Maps(), p => p.Str("name") == backend.At("port").Str("name"));
        }
    }

    private static (string? Path, string? Port) Probe(Dictionary<object, object?> container, string probe) =>
        (container.At(probe, "httpGet").Str("path"), container.At(probe, "httpGet").Str("port"));

    private static IEnumerable<(string Secret, string Key)> SecretKeyRefs() => Manifests.OfKind("Deployment")
        .SelectMany(d => d.Container().List("env").Maps())
        .Select(e => e.At("valueFrom", "secretKeyRef"))
        .Where(r => r.Count > 0)
        .Select(r => (r.Str("name")!, r.Str("key")!));
}
