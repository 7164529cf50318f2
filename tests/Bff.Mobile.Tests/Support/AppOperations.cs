using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Bff.Mobile.Tests.Support;

/// <summary>The app's operations as committed in bff-mobile/Operations, and the ids the server knows them by.</summary>
public static class AppOperations
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(Directory("OperationsDirectory"), name + ".graphql"), Encoding.UTF8);

    /// <summary>The SHA-256 hex of the file's text: its persisted id (and APQ hash).</summary>
    public static string Id(string name) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text(name))));

    public static string Directory(string key) => typeof(AppOperations).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
