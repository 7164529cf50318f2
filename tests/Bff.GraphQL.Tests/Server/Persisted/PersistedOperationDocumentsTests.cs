using System.Security.Cryptography;
using System.Text;
using Bff.GraphQL.Server.Persisted;

namespace Bff.GraphQL.Tests.Server.Persisted;

/// <summary>A folder of <c>.graphql</c> files: each by the SHA-256 of its text, merged with manifests by id.</summary>
public sealed class PersistedOperationDocumentsTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("operations-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void EachFileBelowTheFolderIsServedByTheHashOfItsText()
    {
        Directory.CreateDirectory(Path.Combine(directory, "Products"));
        File.WriteAllText(Path.Combine(directory, "Products", "GetProduct.graphql"), "query GetProduct { a }");
        File.WriteAllText(Path.Combine(directory, "Me.graphql"), "query Me { b }");
        File.WriteAllText(Path.Combine(directory, "notes.txt"), "not an operation");

        var operations = PersistedOperationDocuments.Load(directory);

        Assert.Equal(2, operations.Count);
        var product = Assert.Single(operations, o => o.Body == "query GetProduct { a }");
        Assert.Equal(Sha256("query GetProduct { a }"), product.Id);
        Assert.Equal(Path.Combine("Products", "GetProduct.graphql"), product.Name);
    }

    [Fact]
    public void AFolderWithMoreOperationsThanTheLimitFails()
    {
        for (var i = 0; i < 3; i++)
        {
            File.WriteAllText(Path.Combine(directory, $"Op{i}.graphql"), $"query Op{i} {{ a }}");
        }

        var error = Assert.Throws<InvalidOperationException>(() =>
            PersistedOperationDocuments.Load(directory, new PersistedOperationLimits { MaxOperations = 2 }));

        Assert.Contains(directory, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameIdWithTwoDifferentDocumentsIsAnError()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new InMemoryPersistedOperationStore(
            [new PersistedOperation("x", "{ a }", "A"), new PersistedOperation("x", "{ b }", "B")]));

        Assert.Contains("\"x\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("A and B", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameOperationFromTwoSourcesIsKeptOnce()
    {
        var store = new InMemoryPersistedOperationStore(
            [new PersistedOperation("x", "{ a }", "A"), new PersistedOperation("x", "{ a }", "A"), new PersistedOperation("y", "{ b }")]);

        Assert.Equal(2, store.Count);
        Assert.Equal("{ b }", await store.TryGetAsync("y", CancellationToken.None));
        Assert.Null(await store.TryGetAsync("z", CancellationToken.None));
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
