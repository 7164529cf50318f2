using Bff.GraphQL.Language;

namespace Bff.GraphQL.Execution.Incremental;

/// <summary>A fragment that field collection met with an active <c>@defer</c>: collected later, as its own part.</summary>
internal sealed record DeferredSpec(string? Label, SelectionSetNode SelectionSet);
