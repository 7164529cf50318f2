using Bff.GraphQL.Execution.Incremental;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

internal sealed partial class ExecutionEngine
{
    // Plans of this request when deferred fragments are split off: never shared, since they depend on the request's
    // wish for incremental delivery and hold the fragments to defer.
    private Dictionary<PlanKey, FieldPlan>? incrementalPlans;
    private IncrementalPublisher? incremental;

    /// <summary>Set for an execution with incremental delivery; null executes <c>@defer</c>/<c>@stream</c> inline.</summary>
    public IncrementalPublisher? Incremental
    {
        get => incremental;
        init
        {
            incremental = value;
            if (value is not null)
            {
                Collector.Deferred = [];
            }
        }
    }

    /// <summary>The part a node belongs to: the record of the anchor above it, or null for the initial result.</summary>
    private static IncrementalRecord? OwnerOf(ResultNode node)
    {
        for (var at = node; at is not null; at = at.Parent)
        {
            if (at is IncrementalAnchor anchor)
            {
                return anchor.Record;
            }
        }

        return null;
    }

    /// <summary>Counts fields queued for a part, and records the fragments the object's plan defers.</summary>
    private void OnQueued(ResultMap map, object? parent, int queued)
    {
        var owner = OwnerOf(map);
        if (owner is not null)
        {
            owner.Outstanding += queued;
        }

        if (map.Plan.Deferred is not { Count: > 0 } deferred)
        {
            return;
        }

        // Leaf keys sent at this object already: by this map and, when it is a deferred fragment's, by its parents.
        HashSet<string>? delivered = null;
        if (incremental!.Deduplicates)
        {
            delivered = owner is DeferredFragment { Data: var data } fragment && ReferenceEquals(data, map) && fragment.Delivered is { } inherited
                ? new HashSet<string>(inherited, StringComparer.Ordinal)
                : new HashSet<string>(StringComparer.Ordinal);
            foreach (var field in map.Plan.Fields)
            {
                if (field.FieldNodes[0].SelectionSet is null)
                {
                    delivered.Add(field.ResponseKey);
                }
            }
        }

        var children = owner?.Children ?? incremental.InitialChildren;
        foreach (var spec in deferred)
        {
            children.Add(new DeferredFragment(owner, spec, map, parent, delivered));
        }
    }

    private void OnStarted(ResultNode node)
    {
        if (incremental is not null && OwnerOf(node) is { } owner)
        {
            owner.Outstanding++;
        }
    }

    private void OnFinished(ResultNode node)
    {
        if (incremental is not null && OwnerOf(node) is { } owner && --owner.Outstanding == 0)
        {
            incremental.Finished.Add(owner);
        }
    }

    /// <summary>A field error goes to the part it was raised in.</summary>
    private void Record(GraphQLError error, ResultNode container)
    {
        if (incremental is not null && OwnerOf(container) is { } owner)
        {
            owner.Errors.Add(error);
            return;
        }

        errors.Add(error);
    }

    private FieldPlan IncrementalPlanFor(ObjectType objectType, SelectionSetNode selectionSet)
    {
        var key = new PlanKey(objectType, selectionSet);
        if ((incrementalPlans ??= new(PlanKey.Comparer)).TryGetValue(key, out var plan))
        {
            return plan;
        }

        return incrementalPlans[key] = CollectPlan(objectType, Collector.Collect(objectType, selectionSet));
    }

    /// <summary>A plan from collected fields, taking the deferred fragments the collection met.</summary>
    private FieldPlan CollectPlan(ObjectType objectType, Dictionary<string, List<FieldNode>> collected)
    {
        var deferred = Collector.Deferred!;
        var plan = new FieldPlan(Schema, objectType, collected) { Deferred = deferred.Count > 0 ? [.. deferred] : null };
        deferred.Clear();
        return plan;
    }
}
