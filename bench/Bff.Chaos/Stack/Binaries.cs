using System.Reflection;

namespace Bff.Chaos.Stack;

/// <summary>
/// Where the build put the two BFFs (the runner's project references build them); the demo backends are found by
/// Bff.Testing's <see cref="Bff.Testing.DemoBackendsProcess"/>.
/// </summary>
public static class Binaries
{
    /// <summary>bff-mobile's output directory (with its Operations/).</summary>
    public static string Mobile => Directory("MobileDirectory", "Bff.Mobile.dll");

    /// <summary>bff-web's output directory.</summary>
    public static string Web => Directory("WebDirectory", "Bff.Web.dll");

    /// <summary>The dotnet host that runs this process, for its children.</summary>
    public static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    private static string Directory(string key, string dll)
    {
        var directory = Path.GetFullPath(typeof(Binaries).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == key).Value!);
        return File.Exists(Path.Combine(directory, dll)) ? directory
            : throw new InvalidOperationException($"{dll} is not in {directory}: build bench/Bff.Chaos in the same configuration first.");
    }
}
