namespace Bff.GraphQL.Execution;

/// <summary>
/// A field waiting to be resolved: slot <see cref="Index"/> of <see cref="Map"/>, on <see cref="Parent"/>. A value in
/// the ready queue, so that fields which only read a member of their parent cost no allocation.
/// </summary>
internal readonly record struct FieldWork(ResultMap Map, int Index, object? Parent)
{
    public PlannedField Field => Map.Plan.Fields[Index];
}
