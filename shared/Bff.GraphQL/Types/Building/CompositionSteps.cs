namespace Bff.GraphQL.Types;

/// <summary>
/// One composition step, applied to the merged modules in the order the steps were added to the builder.
/// Names are those current when the step runs, so a step sees the renames made before it.
/// </summary>
internal interface ICompositionStep
{
    void Apply(SdlModel model);
}

internal sealed record RemoveTypeStep(string TypeName) : ICompositionStep
{
    public void Apply(SdlModel model) => Composition.RemoveType(model, TypeName);
}

internal sealed record RemoveFieldStep(string TypeName, string FieldName) : ICompositionStep
{
    public void Apply(SdlModel model) => Composition.RemoveField(model, TypeName, FieldName);
}

internal sealed record RenameTypeStep(string OldName, string NewName) : ICompositionStep
{
    public void Apply(SdlModel model) => Composition.RenameType(model, OldName, NewName);
}

internal sealed record RenameFieldStep(string TypeName, string FieldName, string NewName) : ICompositionStep
{
    public void Apply(SdlModel model) => Composition.RenameField(model, TypeName, FieldName, NewName);
}
