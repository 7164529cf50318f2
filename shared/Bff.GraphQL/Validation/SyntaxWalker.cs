using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>
/// Visits a syntax tree depth-first with an explicit stack, keeping a <see cref="TypeInfo"/> in step, so that no
/// document, however deep, can exhaust the thread's stack.
/// </summary>
internal static class SyntaxWalker
{
    /// <param name="root">The node to walk.</param>
    /// <param name="typeInfo">Updated on every enter and leave, around the visitor's calls.</param>
    /// <param name="visitor">The visitor.</param>
    /// <param name="ancestors">Receives the path from the root to the current node (inclusive) while walking.</param>
    public static void Walk(SyntaxNode root, TypeInfo typeInfo, ISyntaxVisitor visitor, List<SyntaxNode> ancestors)
    {
        var pending = new Stack<(SyntaxNode Node, bool Leaving)>();
        var children = new List<SyntaxNode>();
        pending.Push((root, false));
        while (pending.TryPop(out var item))
        {
            var node = item.Node;
            if (item.Leaving)
            {
                visitor.Leave(node);
                typeInfo.Leave(node);
                ancestors.RemoveAt(ancestors.Count - 1);
                continue;
            }

            ancestors.Add(node);
            typeInfo.Enter(node);
            if (!visitor.Enter(node))
            {
                typeInfo.Leave(node);
                ancestors.RemoveAt(ancestors.Count - 1);
                continue;
            }

            pending.Push((node, true));
            children.Clear();
            SyntaxChildren.Collect(node, children);
            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push((children[i], false));
            }
        }
    }
}
