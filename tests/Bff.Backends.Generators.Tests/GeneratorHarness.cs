using System.Collections.Immutable;
using Bff.Backends.Http;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Bff.Backends.Generators.Tests;

/// <summary>Runs the generator over a source text, compiled against the running framework and Bff.Backends.</summary>
internal static class GeneratorHarness
{
    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Select(path => MetadataReference.CreateFromFile(path)),
        MetadataReference.CreateFromFile(typeof(BackendClientAttribute).Assembly.Location),
    ];

    // The JSON generator is not run here, so the test contexts write by hand the one member a client uses: Default.
    public const string Preamble = """
        using System;
        using System.Collections.Generic;
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using System.Text.Json.Serialization.Metadata;
        using System.Threading;
        using System.Threading.Tasks;
        using Bff.Backends.Http;

        namespace Sample;

        public sealed record Item(string Id);

        [JsonSerializable(typeof(Item))]
        [JsonSerializable(typeof(IReadOnlyList<Item>))]
        public sealed class SampleContext : JsonSerializerContext
        {
            public SampleContext() : base(null) { }
            public static SampleContext Default { get; } = new();
            protected override JsonSerializerOptions? GeneratedSerializerOptions => null;
            public override JsonTypeInfo? GetTypeInfo(Type type) => null;
        }

        """;

    public static CSharpCompilation Compile(string source) => CSharpCompilation.Create(
        "Sample",
        [CSharpSyntaxTree.ParseText(Preamble + source, new CSharpParseOptions(LanguageVersion.Latest), path: "Sample.cs")],
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static (ImmutableArray<Diagnostic> GeneratorDiagnostics, Compilation Output, GeneratorDriver Driver) Run(string source)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new BackendClientGenerator().AsSourceGenerator()],
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGeneratorsAndUpdateCompilation(Compile(source), out var output, out var diagnostics);
        return (diagnostics, output, driver);
    }
}
