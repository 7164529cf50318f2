using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Validation;

/// <summary>A field selection with the type it was selected on and its definition there (null when unknown).</summary>
internal sealed record FieldAndDef(NamedType? ParentType, FieldNode Node, OutputField? Definition);

/// <summary>Why two fields cannot be merged: a message, or the conflicts of their subfields.</summary>
internal sealed record ConflictReason(string? Message, IReadOnlyList<(string ResponseName, ConflictReason Reason)>? Subfields)
{
    public override string ToString() => Message ?? string.Join(
        " and ", Subfields!.Select(s => $"subfields \"{s.ResponseName}\" conflict because {s.Reason}"));
}

/// <summary>A conflict on one response name, with the nodes of both sides (subfield nodes included).</summary>
internal sealed record FieldConflict(string ResponseName, ConflictReason Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);
