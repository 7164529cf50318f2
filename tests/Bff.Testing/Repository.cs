namespace Bff.Testing;

/// <summary>Finds files of the repository from a test's output folder.</summary>
public static class Repository
{
    /// <summary>The folder that holds Bff.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path below <see cref="Root"/>, e.g. <c>PathOf("tests", "js")</c>.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bff.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Bff.sln not found above " + AppContext.BaseDirectory);
    }
}
