using Bff.GraphQL.Server.Persisted;

namespace Bff.GraphQL.Tests.Server.Persisted;

/// <summary>Apollo persisted-query manifests load as written, and anything else fails with the file and the reason.</summary>
public sealed class ApolloPersistedQueryManifestTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("manifest-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void AManifestAsApolloKotlinWritesItLoadsEveryOperation()
    {
        var path = Write("""
            {
              "format": "apollo-persisted-query-manifest",
              "version": 1,
              "operations": [
                { "id": "abc", "body": "query A { a }", "name": "A", "type": "query" },
                { "id": "def", "body": "mutation B { b }", "name": "B", "type": "mutation" }
              ]
            }
            """);

        var operations = ApolloPersistedQueryManifest.Load(path);

        Assert.Equal(
            [new PersistedOperation("abc", "query A { a }", "A", "query"), new PersistedOperation("def", "mutation B { b }", "B", "mutation")],
            operations);
    }

    [Fact]
    public void AManifestSavedWithAByteOrderMarkLoads()
    {
        var path = Path.Combine(directory, "bom.json");
        File.WriteAllText(path, """{"format":"apollo-persisted-query-manifest","version":1,"operations":[{"id":"abc","body":"{ a }"}]}""", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var operations = ApolloPersistedQueryManifest.Load(path);

        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(path)[..3]);
        Assert.Equal("abc", Assert.Single(operations).Id);
    }

    [Theory]
    [InlineData("""{"format":"other","version":1,"operations":[]}""", "\"format\" must be \"apollo-persisted-query-manifest\"")]
    [InlineData("""{"format":"apollo-persisted-query-manifest","version":2,"operations":[]}""", "\"version\" must be 1")]
    [InlineData("""{"format":"apollo-persisted-query-manifest","version":1}""", "\"operations\" must be an array")]
    [InlineData("""{"format":"apollo-persisted-query-manifest","version":1,"operations":[{"id":"a"}]}""", "operations[0] must be an object")]
    [InlineData("""{"format":"apollo-persisted-query-manifest","version":1,"operations":[""", "it is not JSON")]
    [InlineData("[]", "\"format\" must be")]
    public void AMalformedManifestFailsWithTheFileAndTheReason(string json, string reason)
    {
        var path = Write(json);

        var error = Assert.Throws<InvalidOperationException>(() => ApolloPersistedQueryManifest.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AManifestWithMoreOperationsThanTheLimitFails()
    {
        var entries = string.Join(",", Enumerable.Range(0, 4).Select(i => $$"""{"id":"{{i}}","body":"{ a }"}"""));
        var path = Write($$"""{"format":"apollo-persisted-query-manifest","version":1,"operations":[{{entries}}]}""");

        var error = Assert.Throws<InvalidOperationException>(() =>
            ApolloPersistedQueryManifest.Load(path, new PersistedOperationLimits { MaxOperations = 3 }));

        Assert.Contains("4 operations, more than the limit of 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AManifestLargerThanTheLimitFailsBeforeItIsRead()
    {
        var path = Write(new string(' ', 2048));

        var error = Assert.Throws<InvalidOperationException>(() =>
            ApolloPersistedQueryManifest.Load(path, new PersistedOperationLimits { MaxBytes = 1024 }));

        Assert.Contains("2048 bytes, more than the limit of 1024", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingManifestSaysWhichFile()
    {
        var path = Path.Combine(directory, "nope.json");

        var error = Assert.Throws<FileNotFoundException>(() => ApolloPersistedQueryManifest.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    private string Write(string json)
    {
        var path = Path.Combine(directory, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json);
        return path;
    }
}
