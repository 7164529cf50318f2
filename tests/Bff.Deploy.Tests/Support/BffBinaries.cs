using System.Reflection;

namespace Bff.Deploy.Tests.Support;

/// <summary>The BFFs' build output (referenced by this project so that it is built), where a container's /app comes from.</summary>
public static class BffBinaries
{
    /// <summary>The folder holding <c>{assemblyName}.dll</c> and its appsettings.json, e.g. <c>Directory("Bff.Mobile")</c>.</summary>
    public static string Directory(string assemblyName)
    {
        var directory = typeof(BffBinaries).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == assemblyName + "Directory").Value!;
        return File.Exists(Path.Combine(directory, assemblyName + ".dll")) ? directory : throw new InvalidOperationException(
            $"{assemblyName}.dll is not in {directory}: the test project references the BFF so that it is built.");
    }

    /// <summary>The BFF's assembly, for reflection over its options types.</summary>
    public static Assembly LoadAssembly(string assemblyName) => Assembly.LoadFrom(Path.Combine(Directory(assemblyName), assemblyName + ".dll"));
}
