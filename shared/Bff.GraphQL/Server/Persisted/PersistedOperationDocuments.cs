using System.Text;

namespace Bff.GraphQL.Server.Persisted;

/// <summary>
/// Reads a folder of <c>.graphql</c> operation files (subfolders included), as an app keeps them in its sources: each
/// file's id is the SHA-256 hex of its text, the hash Apollo clients send as the APQ <c>sha256Hash</c>.
/// </summary>
public static class PersistedOperationDocuments
{
    /// <summary>Loads every <c>.graphql</c> file below <paramref name="directory"/> within <paramref name="limits"/>.</summary>
    public static IReadOnlyList<PersistedOperation> Load(string directory, PersistedOperationLimits? limits = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        limits ??= PersistedOperationLimits.Default;
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The persisted operations folder \"{directory}\" does not exist.");
        }

        var operations = new List<PersistedOperation>();
        long bytes = 0;
        foreach (var file in Directory.EnumerateFiles(directory, "*.graphql", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file, Encoding.UTF8);
            bytes += Encoding.UTF8.GetByteCount(text);
            if (operations.Count == limits.MaxOperations || bytes > limits.MaxBytes)
            {
                throw new InvalidOperationException(
                    $"The persisted operations folder \"{directory}\" holds more than {limits.MaxOperations} operations " +
                    $"or {limits.MaxBytes} bytes.");
            }

            operations.Add(new PersistedOperation(DocumentResolver.Sha256Hex(text), text, Path.GetRelativePath(directory, file)));
        }

        return operations;
    }
}
