using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Bff.Backends.Generators.Model;

/// <summary>
/// A diagnostic held as data: <see cref="Location"/> and <see cref="Diagnostic"/> keep syntax trees alive and compare
/// by reference, which would defeat the incremental cache.
/// </summary>
internal sealed record DiagnosticInfo(
    DiagnosticDescriptor Descriptor, string? FilePath, TextSpan Span, LinePositionSpan LineSpan, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, ISymbol? symbol, params string[] arguments)
    {
        var location = symbol?.Locations.FirstOrDefault(l => l.IsInSource);
        return new DiagnosticInfo(
            descriptor,
            location?.SourceTree?.FilePath,
            location?.SourceSpan ?? default,
            location?.GetLineSpan().Span ?? default,
            arguments.ToImmutableArray());
    }

    public Diagnostic ToDiagnostic()
    {
        var location = FilePath is null ? Location.None : Location.Create(FilePath, Span, LineSpan);
        return Diagnostic.Create(Descriptor, location, Arguments.Cast<object>().ToArray());
    }

    public bool Equals(DiagnosticInfo? other) =>
        other is not null && ReferenceEquals(Descriptor, other.Descriptor) && FilePath == other.FilePath
        && Span.Equals(other.Span) && Arguments.Equals(other.Arguments);

    public override int GetHashCode() => HashCode(Descriptor.Id, FilePath, Span);

    private static int HashCode(string id, string? path, TextSpan span) =>
        (StringComparer.Ordinal.GetHashCode(id) * 31) + (path is null ? 0 : StringComparer.Ordinal.GetHashCode(path)) + span.GetHashCode();
}

/// <summary>What the parse stage hands the emit stage: a model when the interface is valid, and its diagnostics.</summary>
internal sealed record ClientResult(ClientModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
