namespace Bff.GraphQL.Execution.Incremental;

/// <summary>
/// The root of an incremental part's tree: it gives the part's nodes their response path, and a null that bubbles up
/// to it fails the part instead of the response (the initial result has been sent already).
/// </summary>
internal sealed class IncrementalAnchor(IReadOnlyList<object> path, IncrementalRecord record) : ResultNode(null, 0, true)
{
    public IncrementalRecord Record => record;

    internal override IReadOnlyList<object>? AnchorPath => path;

    internal override void SetValue(int index, object? value)
    {
        if (value is null)
        {
            record.Failed = true;
        }
    }

    internal override object KeyAt(int index) => index;
}
