using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Bff.Backends.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Bff.Backends.Generators.Parsing;

/// <summary>Reads a [BackendClient] interface into a <see cref="ClientResult"/>.</summary>
internal static class ClientParser
{
    public static ClientResult Parse(GeneratorAttributeSyntaxContext source, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var model = Parse(source, diagnostics, cancellationToken);
        return new ClientResult(diagnostics.Count == 0 ? model : null, diagnostics.ToImmutableArray());
    }

    private static ClientModel? Parse(GeneratorAttributeSyntaxContext source, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var symbol = (INamedTypeSymbol)source.TargetSymbol;
        var attribute = source.Attributes[0];
        if (attribute.ConstructorArguments.Length != 2
            || attribute.ConstructorArguments[0].Value is not string { Length: > 0 } backend
            || attribute.ConstructorArguments[1].Value is not INamedTypeSymbol contextType)
        {
            return Fail(diagnostics, Diagnostics.UnsupportedInterface, symbol, symbol.Name, "[BackendClient] needs a backend name and a JSON context type");
        }

        if (symbol.IsGenericType || symbol.ContainingType is not null || symbol.Interfaces.Length > 0)
        {
            return Fail(diagnostics, Diagnostics.UnsupportedInterface, symbol, symbol.Name,
                "it must be a non-generic, top-level interface that extends no other interface");
        }

        var known = new KnownSymbols(source.SemanticModel.Compilation);
        var context = new ClientContext(contextType, known);
        if (!context.IsJsonContext)
        {
            return Fail(diagnostics, Diagnostics.NotAJsonContext, symbol, contextType.ToDisplayString());
        }

        var parser = new MethodParser(known, context, diagnostics);
        var methods = ImmutableArray.CreateBuilder<MethodModel>();
        foreach (var member in symbol.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary, IsAbstract: true, IsGenericMethod: false } method)
            {
                if (parser.Parse(method) is { } parsed)
                {
                    methods.Add(parsed);
                }
            }
            else if (member.IsAbstract && member is not IMethodSymbol { AssociatedSymbol: not null })
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnsupportedMember, member, member.Name));
            }
        }

        var ns = symbol.ContainingNamespace.IsGlobalNamespace ? null : symbol.ContainingNamespace.ToDisplayString();
        return new ClientModel(ns, symbol.Name, ClassName(symbol.Name), backend, context.FullName, methods.ToImmutable());
    }

    // IPricingClient → PricingClient; a name without the I-prefix convention gets a suffix instead.
    private static string ClassName(string interfaceName) =>
        interfaceName.Length > 1 && interfaceName[0] == 'I' && char.IsUpper(interfaceName[1])
            ? interfaceName.Substring(1)
            : interfaceName + "Implementation";

    private static ClientModel? Fail(List<DiagnosticInfo> diagnostics, DiagnosticDescriptor descriptor, ISymbol symbol, params string[] arguments)
    {
        diagnostics.Add(DiagnosticInfo.Create(descriptor, symbol, arguments));
        return null;
    }
}
