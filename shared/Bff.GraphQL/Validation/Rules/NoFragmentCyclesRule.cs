using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>
/// Spec 5.5.2.2 Fragment Spreads Must Not Form Cycles. A depth-first search over fragments, each entered once,
/// with an explicit stack so that long chains of fragments cannot exhaust the thread's stack.
/// </summary>
internal sealed class NoFragmentCyclesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition];

    private HashSet<string> visited = null!;
    private Dictionary<string, int> pathIndexByName = null!;
    private List<FragmentSpreadNode> spreadPath = null!;
    private Stack<Frame> frames = null!;

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override bool Enter(SyntaxNode node)
    {
        // A fragment that spreads nothing cannot be on a cycle: most documents end here.
        if (node is FragmentDefinitionNode fragment && Context.GetFragmentSpreads(fragment.SelectionSet).Count > 0)
        {
            DetectCycles(fragment);
        }

        return false;
    }

    private void DetectCycles(FragmentDefinitionNode root)
    {
        // Made on the first fragment that spreads another.
        visited ??= new HashSet<string>(StringComparer.Ordinal);
        pathIndexByName ??= new Dictionary<string, int>(StringComparer.Ordinal);
        spreadPath ??= [];
        frames ??= new Stack<Frame>();
        Begin(root, frames);
        while (frames.TryPeek(out var frame))
        {
            if (frame.Next == frame.Spreads.Count)
            {
                frames.Pop();
                pathIndexByName.Remove(frame.Name);
                if (frames.Count > 0)
                {
                    spreadPath.RemoveAt(spreadPath.Count - 1);
                }

                continue;
            }

            var spread = frame.Spreads[frame.Next++];
            var name = spread.Name.Value;
            spreadPath.Add(spread);
            if (pathIndexByName.TryGetValue(name, out var cycleIndex))
            {
                ReportCycle(name, cycleIndex);
                spreadPath.RemoveAt(spreadPath.Count - 1);
            }
            else if (Context.GetFragment(name) is not { } target || !Begin(target, frames))
            {
                spreadPath.RemoveAt(spreadPath.Count - 1);
            }
        }
    }

    // Starts searching a fragment; false when it was searched before or spreads nothing.
    private bool Begin(FragmentDefinitionNode fragment, Stack<Frame> frames)
    {
        var name = fragment.Name.Value;
        if (!visited.Add(name))
        {
            return false;
        }

        var spreads = Context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return false;
        }

        pathIndexByName[name] = spreadPath.Count;
        frames.Push(new Frame(name, spreads));
        return true;
    }

    private void ReportCycle(string name, int cycleIndex)
    {
        var cycle = spreadPath[cycleIndex..];
        var via = string.Join(", ", cycle.Take(cycle.Count - 1).Select(s => $"\"{s.Name.Value}\""));
        Report($"Cannot spread fragment \"{name}\" within itself" + (via.Length > 0 ? $" via {via}." : "."), cycle);
    }

    private sealed class Frame(string name, IReadOnlyList<FragmentSpreadNode> spreads)
    {
        public string Name { get; } = name;

        public IReadOnlyList<FragmentSpreadNode> Spreads { get; } = spreads;

        public int Next { get; set; }
    }
}
