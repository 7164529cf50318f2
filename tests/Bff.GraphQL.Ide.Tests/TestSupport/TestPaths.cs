using System.Reflection;

namespace Bff.GraphQL.Ide.Tests.TestSupport;

/// <summary>Source-tree folders the build recorded in this assembly (see the project file).</summary>
internal static class TestPaths
{
    /// <summary>The npm package the IDE library embeds, as installed by <c>npm ci</c> in shared/Bff.GraphQL.Ide.</summary>
    public static string IdePackageDirectory => Path.GetFullPath(Metadata("IdePackageDirectory"));

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"The assembly has no {key} metadata.");
}
