using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>
/// Visits a syntax tree depth-first with an explicit stack, keeping a <see cref="TypeInfo"/> in step, so that no
/// document, however deep, can exhaust the thread's stack. The stack and the child buffer are kept per thread between
/// walks, unless a walk made them large.
/// </summary>
internal static class SyntaxWalker
{
    private const int KeepUpTo = 1_024;

    // Two: a walk may start another inside it (the variable usages of a fragment, asked for during the main walk).
    [ThreadStatic]
    private static Buffers? spare;

    [ThreadStatic]
    private static Buffers? secondSpare;

    /// <param name="root">The node to walk.</param>
    /// <param name="typeInfo">Updated on every enter and leave, around the visitor's calls.</param>
    /// <param name="visitor">The visitor.</param>
    /// <param name="ancestors">Receives the path from the root to the current node (inclusive) while walking, when given.</param>
    public static void Walk(SyntaxNode root, TypeInfo typeInfo, ISyntaxVisitor visitor, List<SyntaxNode>? ancestors)
    {
        var buffers = spare ?? secondSpare ?? new Buffers();
        if (ReferenceEquals(buffers, spare))
        {
            spare = null;
        }
        else if (ReferenceEquals(buffers, secondSpare))
        {
            secondSpare = null;
        }

        var pending = buffers.Pending;
        var children = buffers.Children;
        var deepest = 0;
        pending.Push((root, false));
        try
        {
            while (pending.TryPop(out var item))
            {
                var node = item.Node;
                if (item.Leaving)
                {
                    visitor.Leave(node);
                    typeInfo.Leave(node);
                    ancestors?.RemoveAt(ancestors.Count - 1);
                    continue;
                }

                ancestors?.Add(node);
                typeInfo.Enter(node);
                if (!visitor.Enter(node))
                {
                    typeInfo.Leave(node);
                    ancestors?.RemoveAt(ancestors.Count - 1);
                    continue;
                }

                pending.Push((node, true));
                children.Clear();
                SyntaxChildren.Collect(node, children);
                for (var i = children.Count - 1; i >= 0; i--)
                {
                    pending.Push((children[i], false));
                }

                deepest = Math.Max(deepest, Math.Max(pending.Count, children.Count));
            }
        }
        finally
        {
            pending.Clear();
            children.Clear();
            if (deepest > KeepUpTo)
            {
                // A walk of a huge document leaves its large buffers to the collector.
            }
            else if (spare is null)
            {
                spare = buffers;
            }
            else
            {
                secondSpare ??= buffers;
            }
        }
    }

    private sealed class Buffers
    {
        public Stack<(SyntaxNode Node, bool Leaving)> Pending { get; } = new();

        public List<SyntaxNode> Children { get; } = [];
    }
}
