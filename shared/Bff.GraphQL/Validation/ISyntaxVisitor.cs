using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>Receives the walker's enter and leave events; the type information is already updated for the node.</summary>
internal interface ISyntaxVisitor
{
    /// <summary>Called before the node's children; false skips them (and the matching <see cref="Leave"/>).</summary>
    bool Enter(SyntaxNode node);

    /// <summary>Called after the node's children.</summary>
    void Leave(SyntaxNode node);
}
