using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

internal sealed partial class ExecutionEngine
{
    // Plans whose collection read a variable, valid for this request only; most requests never need it.
    private Dictionary<PlanKey, FieldPlan>? requestPlans;

    /// <summary>Executes the root selection set: all fields at once, or one after another for mutations.</summary>
    public async Task<ResultMap?> ExecuteAsync(
        ObjectType rootType, object? rootValue, SelectionSetNode selectionSet, bool serially)
    {
        // Resolvers resumed by a batch must continue inline, inside its delivery (see RunUntilIdleAsync): a caller's
        // synchronization context (a test runner's, a UI's) would post them instead. The async method restores it
        // for the caller when this one first yields; the loop then runs on pool threads without one.
        SynchronizationContext.SetSynchronizationContext(null);
        var data = new ResultMap(PlanFor(rootType, selectionSet));
        var serial = serially ? new List<FieldWork>() : null;
        QueueFields(data, rootValue, serial);
        BatchScheduler.OnScheduled(() => wakeUp.Release());
        try
        {
            foreach (var work in serial ?? [])
            {
                ready.Enqueue(work);
                await RunUntilIdleAsync().ConfigureAwait(false);
            }

            await RunUntilIdleAsync().ConfigureAwait(false);
            if (incremental is not null)
            {
                await RunIncrementalAsync(dataDiscarded ? null : data).ConfigureAwait(false);
            }
        }
        finally
        {
            BatchScheduler.OnScheduled(null);
        }

        return dataDiscarded ? null : data;
    }

    /// <summary>
    /// Queues each field to resolve into <paramref name="map"/> (or adds it to <paramref name="serial"/>);
    /// <c>__typename</c> and unknown fields are settled on the spot (null entries).
    /// </summary>
    private void QueueFields(ResultMap map, object? parent, List<FieldWork>? serial)
    {
        var plan = map.Plan;
        var queued = 0;
        for (var index = 0; index < plan.Fields.Length; index++)
        {
            var field = plan.Fields[index];
            if (field.IsTypeName)
            {
                map.SetValue(index, plan.ObjectType.Name);
            }
            else if (field.Field is not null)
            {
                // Unknown fields are rejected by validation; spec 6.3 says to skip any that get this far.
                var work = new FieldWork(map, index, parent);
                if (serial is null)
                {
                    ready.Enqueue(work);
                    queued++;
                }
                else
                {
                    serial.Add(work);
                }
            }
        }

        if (incremental is not null)
        {
            OnQueued(map, parent, queued);
        }
    }

    /// <summary>The plan of a selection set on a type, collected once per document (or per request, with variables).</summary>
    private FieldPlan PlanFor(ObjectType objectType, SelectionSetNode selectionSet)
    {
        if (incremental is not null)
        {
            return IncrementalPlanFor(objectType, selectionSet);
        }

        if (plans.TryGet(objectType, selectionSet, out var plan)
            || (requestPlans is not null && requestPlans.TryGetValue(new PlanKey(objectType, selectionSet), out plan)))
        {
            return plan;
        }

        Collector.ConsultedVariables = false;
        plan = new FieldPlan(Schema, objectType, Collector.Collect(objectType, selectionSet));
        if (Collector.ConsultedVariables)
        {
            (requestPlans ??= new(PlanKey.Comparer))[new PlanKey(objectType, selectionSet)] = plan;
        }
        else
        {
            plans.Add(objectType, selectionSet, plan);
        }

        return plan;
    }

    /// <summary>The sub-fields of a field: merged field nodes (rare) collect afresh, a single one uses its plan.</summary>
    private FieldPlan SubfieldPlanFor(ObjectType objectType, List<FieldNode> fieldNodes) =>
        fieldNodes.Count == 1 && fieldNodes[0].SelectionSet is { } selectionSet
            ? PlanFor(objectType, selectionSet)
            : incremental is not null
                ? CollectPlan(objectType, Collector.CollectSubfields(objectType, fieldNodes))
                : new FieldPlan(Schema, objectType, Collector.CollectSubfields(objectType, fieldNodes));
}
