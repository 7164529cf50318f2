using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

internal sealed partial class ExecutionEngine
{
    /// <summary>
    /// ExecuteField (spec 6.4.2) for one queued field. A field that only reads a member of its parent is read here; any
    /// other gets a <see cref="FieldTask"/> as its resolver's context.
    /// </summary>
    private void Resolve(FieldWork work)
    {
        if (IsMoot(work.Map))
        {
            return;
        }

        var field = work.Field;
        var definition = field.Field!;
        try
        {
            if (definition.MemberReader is { } read && definition.Arguments.Count == 0)
            {
                CompleteValue(definition.Type, field, read(work.Parent!), work.Map, work.Index);
                Contribute(field, work.Map, null);
                return;
            }

            var task = new FieldTask(this, field, work.Parent, work.Map, work.Index);
            var resolving = task.Start();
            if (resolving.IsCompletedSuccessfully)
            {
                CompleteValue(definition.Type, field, resolving.Result, work.Map, work.Index);
                Contribute(field, work.Map, task);
                return;
            }

            Suspend(task, resolving);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
        {
            Fail(exception, field, definition.Type is not NonNullType, work.Map, work.Index);
        }
    }

    /// <summary>A suspended resolver has finished: take its result (or its exception) and complete it.</summary>
    private void Resume(FieldTask task)
    {
        if (IsMoot(task.Target))
        {
            return;
        }

        var type = task.Field.Type;
        object? result;
        try
        {
            result = task.Resolving.GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
        {
            Fail(exception, task.Planned, type is not NonNullType, task.Target, task.Index);
            return;
        }

        CompleteValue(type, task.Planned, result, task.Target, task.Index);
        Contribute(task.Planned, task.Target, task);
    }
}
