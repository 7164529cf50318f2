using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Bff.Deploy.Tests.Support;

namespace Bff.Deploy.Tests;

/// <summary>The images' Dockerfiles: multi-stage, pinned, non-root, restore cached, and every path they name real.</summary>
public sealed partial class DockerfileTests
{
    public static TheoryData<string, string> Images => new()
    {
        { "bff-mobile/Dockerfile", "bff-mobile/Bff.Mobile/Bff.Mobile.csproj" },
        { "bff-web/Dockerfile", "bff-web/Bff.Web/Bff.Web.csproj" },
        { "demo-backends/Dockerfile", "demo-backends/DemoBackends/DemoBackends.csproj" },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public void Builds_with_the_pinned_sdk_and_runs_on_the_pinned_aspnet_runtime(string path, string project)
    {
        var dockerfile = Dockerfile.Load(path);
        var sdk = global::System.Text.Json.JsonDocument.Parse(File.ReadAllText(Repository.PathOf("global.json"))).RootElement.GetProperty("sdk").GetProperty("version").GetString()!;
        var framework = XDocument.Load(Repository.PathOf("Directory.Build.props")).Descendants("TargetFramework").Single().Value; // net10.0

        Assert.True(dockerfile.Stages.Count >= 2, "multi-stage");
        Assert.All(dockerfile.Stages, s => Assert.Matches(PinnedTag(), s.Image));
        Assert.All(dockerfile.Stages, s => Assert.DoesNotContain(":latest", s.Image, StringComparison.Ordinal));
        var build = dockerfile.Stages.Single(s => s.Image.StartsWith("mcr.microsoft.com/dotnet/sdk:", StringComparison.Ordinal));
        var runtime = dockerfile.Stages[dockerfile.FinalStage];
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:" + framework["net".Length..] + ".", runtime.Image, StringComparison.Ordinal);
        // global.json: this version or a later feature band (rollForward latestFeature) of the same major.minor.
        var imageSdk = Version.Parse(build.Image.Split(':')[1]);
        Assert.Equal((Version.Parse(sdk).Major, Version.Parse(sdk).Minor), (imageSdk.Major, imageSdk.Minor));
        Assert.True(imageSdk.Build >= Version.Parse(sdk).Build, $"{build.Image} is older than global.json's {sdk}");
        Assert.Contains(dockerfile.Instructions, i => i.Keyword == "RUN" && i.Arguments == $"dotnet publish {project} -c Release -o /app --no-restore");
        Assert.True(File.Exists(Repository.PathOf(project)));
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void Runs_as_the_images_non_root_user_and_starts_the_published_assembly(string path, string project)
    {
        var dockerfile = Dockerfile.Load(path);

        Assert.Equal("$APP_UID", dockerfile.User);
        Assert.Equal(["dotnet", Path.GetFileNameWithoutExtension(project) + ".dll"], dockerfile.Entrypoint);
        Assert.Contains(dockerfile.Copies, c => c.From == dockerfile.Stages.Single(s => s.Image.Contains("/sdk:", StringComparison.Ordinal)).Name && c.Stage == dockerfile.FinalStage);
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void Restores_from_the_project_files_of_the_whole_project_graph_before_copying_sources(string path, string project)
    {
        var dockerfile = Dockerfile.Load(path);
        var restore = dockerfile.Instructions.ToList().FindIndex(i => i.Keyword == "RUN" && i.Arguments == $"dotnet restore {project}");
        Assert.True(restore > 0, $"{path} has no 'RUN dotnet restore {project}'");
        var before = dockerfile.Copies.Where(c => c.Index < restore && c.From is null)
            .SelectMany(c => c.Sources.Select(s => c.Destination.EndsWith('/') && c.Destination != "./" ? c.Destination + Path.GetFileName(s) : s))
            .ToHashSet(StringComparer.Ordinal);

        foreach (var file in new[] { "global.json", "Directory.Build.props", "Directory.Packages.props" })
        {
            Assert.Contains(file, before);
        }

        foreach (var csproj in ProjectGraph(project))
        {
            Assert.Contains(csproj, before);
            // A project's imported .targets are evaluated by restore too.
            foreach (var import in XDocument.Load(Repository.PathOf(csproj)).Descendants("Import").Select(i => i.Attribute("Project")!.Value))
            {
                Assert.Contains(Path.GetDirectoryName(csproj)!.Replace('\\', '/') + "/" + import, before);
            }
        }

        // The sources come after the restore, so editing them reuses the restored layer.
        Assert.DoesNotContain(dockerfile.Copies, c => c.Index < restore && c.Sources.Any(s => s.EndsWith('/')));
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void Every_copied_path_exists_and_is_sent_in_the_build_context(string path, string project)
    {
        var dockerfile = Dockerfile.Load(path);
        var ignored = File.ReadAllLines(Repository.PathOf(".dockerignore")).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        Assert.NotEmpty(project);
        foreach (var source in dockerfile.Copies.Where(c => c.From is null).SelectMany(c => c.Sources))
        {
            Assert.True(File.Exists(Repository.PathOf(source)) || Directory.Exists(Repository.PathOf(source)), $"{path}: COPY {source} does not exist");
            Assert.DoesNotContain(ignored, pattern => IsIgnored(pattern, source));
        }

        foreach (var stageCopy in dockerfile.Copies.Where(c => c.From is not null))
        {
            Assert.Contains(dockerfile.Stages, s => s.Name == stageCopy.From);
        }
    }

    [Theory]
    [InlineData("bff-mobile/Dockerfile")]
    [InlineData("bff-web/Dockerfile")]
    public void A_bff_image_checks_its_readiness_with_the_probe_script_it_contains(string path)
    {
        var dockerfile = Dockerfile.Load(path);
        var check = dockerfile.HealthCheck!;
        var script = dockerfile.Copies.Single(c => c.Sources.SequenceEqual(["deploy/docker/http-probe.sh"]) && c.Stage == dockerfile.FinalStage);

        Assert.Equal(["bash", script.Destination, dockerfile.ExposedPorts.Single().ToString(System.Globalization.CultureInfo.InvariantCulture), "/health/ready"], check);
    }

    [Fact]
    public void The_build_context_leaves_out_build_output_and_dependencies()
    {
        var ignored = File.ReadAllLines(Repository.PathOf(".dockerignore"));

        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
        Assert.Contains("**/node_modules/", ignored);
        Assert.Contains(".git/", ignored);
    }

    /// <summary>Every project file <paramref name="project"/> references, transitively, itself included.</summary>
    private static SortedSet<string> ProjectGraph(string project)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var current))
        {
            if (!found.Add(current))
            {
                continue;
            }

            var directory = Path.GetDirectoryName(Repository.PathOf(current))!;
            foreach (var reference in XDocument.Load(Repository.PathOf(current)).Descendants("ProjectReference"))
            {
                var full = Path.GetFullPath(Path.Combine(directory, reference.Attribute("Include")!.Value.Replace('\\', '/')));
                pending.Push(Path.GetRelativePath(Repository.Root, full).Replace('\\', '/'));
            }
        }

        return found;
    }

    private static bool IsIgnored(string pattern, string source)
    {
        var regex = "^" + Regex.Escape(pattern.TrimEnd('/')).Replace(@"\*\*/", "(.*/)?", StringComparison.Ordinal).Replace(@"\*", "[^/]*", StringComparison.Ordinal) + "(/|$)";
        return Regex.IsMatch(source.TrimEnd('/'), regex) || Regex.IsMatch(source, regex);
    }

    [GeneratedRegex(@"^[\w./-]+:v?\d+\.\d+\.\d+(-[\w.]+)*(@sha256:[0-9a-f]{64})?$|@sha256:[0-9a-f]{64}$")]
    private static partial Regex PinnedTag();
}
