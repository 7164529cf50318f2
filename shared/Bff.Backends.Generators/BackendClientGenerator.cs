using Bff.Backends.Generators.Emit;
using Bff.Backends.Generators.Model;
using Bff.Backends.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Bff.Backends.Generators;

/// <summary>
/// Implements every <c>[BackendClient]</c> interface as an HttpClient-based class at compile time, so the clients do
/// no reflection at run time: routes are split, parameters bound and JSON metadata chosen here.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class BackendClientGenerator : IIncrementalGenerator
{
    private const string AttributeName = "Bff.Backends.Http.BackendClientAttribute";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var clients = context.SyntaxProvider.ForAttributeWithMetadataName(
            AttributeName,
            static (node, _) => node is InterfaceDeclarationSyntax,
            static (source, cancellationToken) => ClientParser.Parse(source, cancellationToken));

        context.RegisterSourceOutput(clients, static (output, result) => Write(output, result));
    }

    private static void Write(SourceProductionContext output, ClientResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            output.ReportDiagnostic(diagnostic.ToDiagnostic());
        }

        if (result.Model is { } client)
        {
            var hint = (client.Namespace is null ? "" : client.Namespace + ".") + client.ClassName + ".g.cs";
            output.AddSource(hint, ClientEmitter.Emit(client));
        }
    }
}
