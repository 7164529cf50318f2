using System.Diagnostics;

namespace Bff.Testing;

/// <summary>How the tests start a built .NET program as a child process: <c>dotnet exec</c> of its assembly.</summary>
public static class DotnetExec
{
    /// <summary>
    /// <c>dotnet exec {directory}/{assembly}</c> in <paramref name="directory"/> (its appsettings and content root), with
    /// the same dotnet host as this process and both output streams redirected; the caller adds its arguments.
    /// </summary>
    public static ProcessStartInfo StartInfo(string directory, string assembly)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(directory, assembly));
        return start;
    }
}
