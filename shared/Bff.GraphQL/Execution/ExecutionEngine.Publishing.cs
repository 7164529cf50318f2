using System.Collections;
using Bff.GraphQL.Execution.Incremental;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

internal sealed partial class ExecutionEngine
{
    /// <summary>
    /// Sends the initial result, then runs the parts it announced (together, so their DataLoader keys share batches)
    /// and whatever they announce, until every part is sent.
    /// </summary>
    private async Task RunIncrementalAsync(ResultMap? data)
    {
        var publisher = incremental!;
        var pending = new List<PendingResult>();
        var released = new List<IncrementalRecord>();
        AnnounceChildren(publisher.InitialChildren, pending, released);
        publisher.PublishInitial(data, pending);
        foreach (var record in released)
        {
            Release(record);
        }

        if (released.Count > 0)
        {
            await RunUntilIdleAsync().ConfigureAwait(false);
            FlushIncremental();
        }
    }

    /// <summary>Publishes the parts finished since the last payload; true when that started more work.</summary>
    private bool FlushIncremental()
    {
        var publisher = incremental;
        if (publisher is null || publisher.Finished.Count == 0)
        {
            return false;
        }

        var finished = publisher.Finished.ToArray();
        publisher.Finished.Clear();
        var pending = new List<PendingResult>();
        var entries = new List<IncrementalEntry>();
        var completed = new List<CompletedResult>();
        var released = new List<IncrementalRecord>();
        foreach (var record in finished)
        {
            publisher.Open--;
            var stream = record as StreamRecord;
            var offset = stream?.Offset ?? 0;
            if (record.Failed)
            {
                completed.Add(new CompletedResult(record.Id!, record.Path, record.Label, stream is not null, offset, record.Errors));
                continue;
            }

            entries.Add(new IncrementalEntry(record.Id!, record.Path, record.Label, (record as DeferredFragment)?.Data, stream?.Items, offset, record.Errors));
            completed.Add(new CompletedResult(record.Id!, record.Path, record.Label, stream is not null, offset, null));
            AnnounceChildren(record.Children, pending, released);
        }

        foreach (var record in released)
        {
            Release(record);
        }

        publisher.Publish(new SubsequentResult(pending, entries, completed, publisher.Open > 0));
        return released.Count > 0 || publisher.Finished.Count > 0;
    }

    private void AnnounceChildren(List<IncrementalRecord> children, List<PendingResult> pending, List<IncrementalRecord> released)
    {
        foreach (var child in children)
        {
            // A part whose place was nulled meanwhile has nowhere to go.
            if (IsMoot(child.Origin) || !Prepare(child))
            {
                continue;
            }

            pending.Add(incremental!.Announce(child));
            released.Add(child);
        }
    }

    /// <summary>Plans a deferred fragment's fields; false when it has none left to send (all sent by its parents).</summary>
    private bool Prepare(IncrementalRecord record)
    {
        if (record is not DeferredFragment fragment)
        {
            return true;
        }

        var collected = Collector.Collect(fragment.ObjectType, fragment.Spec.SelectionSet);
        if (fragment.Delivered is { } delivered)
        {
            foreach (var key in collected.Keys.Where(k => delivered.Contains(k) && collected[k][0].SelectionSet is null).ToList())
            {
                collected.Remove(key);
            }
        }

        var plan = CollectPlan(fragment.ObjectType, collected);
        if (plan.Fields.Length == 0 && plan.Deferred is null)
        {
            return false;
        }

        fragment.Data = new ResultMap(plan, new IncrementalAnchor(fragment.Path, fragment), 0, nullableInParent: true);
        return true;
    }

    /// <summary>Queues an announced part's work: a fragment's fields, a stream's remaining items.</summary>
    private void Release(IncrementalRecord record)
    {
        record.Outstanding++;
        if (record is DeferredFragment fragment)
        {
            QueueFields(fragment.Data!, fragment.Value, serial: null);
        }
        else if (record is StreamRecord stream)
        {
            var items = stream.Items = new StreamItems(stream.Remaining.Count, stream.Offset, new IncrementalAnchor(stream.Path, stream));
            for (var i = 0; i < items.Count && !IsMoot(items); i++)
            {
                CompleteValue(stream.ItemType, stream.Field, stream.Remaining[i], items, i);
            }
        }

        if (--record.Outstanding == 0)
        {
            incremental!.Finished.Add(record);
        }
    }

    /// <summary>
    /// Completes the first <c>initialCount</c> items of a list whose field has an active <c>@stream</c> and records the
    /// rest as a stream; false when the field is not streamed (or has no items beyond the count).
    /// </summary>
    private bool TryStream(ListType type, bool nullable, PlannedField field, IList items, ResultNode container, int index)
    {
        if (incremental is null || Collector.StreamOf(field.FieldNodes[0]) is not { } stream)
        {
            return false;
        }

        if (stream.InitialCount < 0)
        {
            throw new GraphQLException("initialCount must be a positive integer");
        }

        if (items.Count <= stream.InitialCount)
        {
            return false;
        }

        var list = new ResultList(stream.InitialCount, container, index, nullable, itemsNullable: type.OfType is not NonNullType);
        container.SetValue(index, list);
        for (var i = 0; i < stream.InitialCount && !IsMoot(list); i++)
        {
            CompleteValue(type.OfType, field, items[i], list, i);
        }

        var remaining = new ArrayList(items.Count - stream.InitialCount);
        for (var i = stream.InitialCount; i < items.Count; i++)
        {
            remaining.Add(items[i]);
        }

        var owner = OwnerOf(container);
        (owner?.Children ?? incremental.InitialChildren).Add(
            new StreamRecord(owner, stream.Label, list, container.PathTo(index), remaining, type.OfType, field));
        return true;
    }
}
