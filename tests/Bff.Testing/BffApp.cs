using System.Reflection;

namespace Bff.Testing;

/// <summary>
/// A BFF as a program to start: its name in messages and where its build output is (an assembly metadata key of
/// Bff.Testing.csproj, in the configuration the tests are built in).
/// </summary>
public sealed class BffApp
{
    private BffApp(string name, string assembly, string directoryKey)
    {
        Name = name;
        Assembly = assembly;
        Directory = typeof(BffApp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == directoryKey).Value!;
    }

    /// <summary>bff-mobile, built beside the tests.</summary>
    public static BffApp Mobile { get; } = new("bff-mobile", "Bff.Mobile.dll", "MobileDirectory");

    /// <summary>bff-web, built beside the tests.</summary>
    public static BffApp Web { get; } = new("bff-web", "Bff.Web.dll", "WebDirectory");

    /// <summary>For messages: <c>bff-mobile</c>, <c>bff-web</c>.</summary>
    public string Name { get; }

    /// <summary>The assembly <c>dotnet exec</c> runs.</summary>
    public string Assembly { get; }

    /// <summary>The build output folder, the process's working directory.</summary>
    public string Directory { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
