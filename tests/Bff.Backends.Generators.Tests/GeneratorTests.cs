using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Bff.Backends.Generators.Tests;

public sealed class GeneratorTests
{
    private const string ValidClient = """
        [BackendClient("sample", typeof(SampleContext))]
        public interface ISampleClient
        {
            [Get("/items")]
            Task<IReadOnlyList<Item>> ListAsync(IEnumerable<string> ids, int? page = null, bool? flag = null, CancellationToken cancellationToken = default);

            [Get("/items/{id}")]
            [NullOn404]
            Task<Item?> GetAsync(string id, CancellationToken cancellationToken = default);

            [Post("/items/{id}")]
            Task<Item> SaveAsync(int id, [Body] Item item, [Header("Idempotency-Key")] string? key, CancellationToken cancellationToken);

            [Delete("/items/{class}")]
            Task DeleteAsync(string @class, CancellationToken cancellationToken);
        }
        """;

    [Fact]
    public void AValidInterfaceGetsAClientThatCompilesCleanly()
    {
        var (diagnostics, output, _) = GeneratorHarness.Run(ValidClient);

        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var client = output.GetTypeByMetadataName("Sample.SampleClient");
        Assert.NotNull(client);
        Assert.Equal(Accessibility.Internal, client.DeclaredAccessibility);
        Assert.True(client.IsSealed);
    }

    [Theory]
    [InlineData("[Get(\"/x\")] Task<Item> A(CancellationToken c, string id);", "BFFGEN005")]
    [InlineData("[Get(\"/x\")] Task<Item> A(string id);", "BFFGEN005")]
    [InlineData("Task<Item> A(CancellationToken c);", "BFFGEN003")]
    [InlineData("[Get(\"/x\")][Post(\"/x\")] Task<Item> A(CancellationToken c);", "BFFGEN003")]
    [InlineData("[Get(\"/x\")] Item A(CancellationToken c);", "BFFGEN004")]
    [InlineData("[Get(\"x\")] Task<Item> A(CancellationToken c);", "BFFGEN006")]
    [InlineData("[Get(\"/x/{id\")] Task<Item> A(string id, CancellationToken c);", "BFFGEN006")]
    [InlineData("[Get(\"/x/{id}\")] Task<Item> A(CancellationToken c);", "BFFGEN007")]
    [InlineData("[Get(\"/x\")] Task<Item> A(object filter, CancellationToken c);", "BFFGEN008")]
    [InlineData("[Get(\"/x\")] Task<Item> A([Body] Item item, CancellationToken c);", "BFFGEN008")]
    [InlineData("[Post(\"/x\")] Task<Item> A([Body] Uri item, CancellationToken c);", "BFFGEN008")]
    [InlineData("[Get(\"/x\")] Task<Item> A([Header(\"X-N\")] int n, CancellationToken c);", "BFFGEN008")]
    [InlineData("[Get(\"/x\")][NullOn404] Task<Item> A(CancellationToken c);", "BFFGEN009")]
    [InlineData("[Get(\"/x\")] Task<string> A(CancellationToken c);", "BFFGEN010")]
    [InlineData("string Name { get; }", "BFFGEN002")]
    public void AnUnsupportedSignatureIsReportedAndNoClientIsGenerated(string member, string expectedId)
    {
        var (diagnostics, output, _) = GeneratorHarness.Run($$"""
            [BackendClient("sample", typeof(SampleContext))]
            public interface ISampleClient
            {
                {{member}}
            }
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(expectedId, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(("Sample.cs", true), (span.Path, span.StartLinePosition.Line > 20));
        Assert.Null(output.GetTypeByMetadataName("Sample.SampleClient"));
    }

    [Fact]
    public void TheMessageTellsHowToFixAMissingRegistration()
    {
        var (diagnostics, _, _) = GeneratorHarness.Run("""
            [BackendClient("sample", typeof(SampleContext))]
            public interface ISampleClient { [Get("/x")] Task<string> A(CancellationToken c); }
            """);

        Assert.Equal(
            "'string' used by method 'A' is not registered on 'SampleContext': add [JsonSerializable(typeof(string))]",
            Assert.Single(diagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void AContextThatIsNotAJsonSerializerContextIsReported()
    {
        var (diagnostics, _, _) = GeneratorHarness.Run("""
            [BackendClient("sample", typeof(Item))]
            public interface ISampleClient { [Get("/x")] Task<Item> A(CancellationToken c); }
            """);

        Assert.Equal("BFFGEN001", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void AnEditElsewhereReusesTheCachedModelInsteadOfRegenerating()
    {
        var (_, _, driver) = GeneratorHarness.Run(ValidClient);
        var first = GeneratorHarness.Compile(ValidClient);
        driver = driver.RunGenerators(first);

        var edited = first.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Sample; internal static class Unrelated { }"));
        var result = driver.RunGenerators(edited).GetRunResult().Results[0];

        var outputs = result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }
}
