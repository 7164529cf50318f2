using System.Threading.Channels;

namespace Bff.GraphQL.Execution.Incremental;

/// <summary>
/// What an execution with incremental delivery keeps besides the response tree: the parts met but not yet announced,
/// the parts that finished since the last payload, and the channel the payloads go out on. Used on the loop only.
/// </summary>
internal sealed class IncrementalPublisher(IncrementalFormat format)
{
    private readonly Channel<SubsequentResult> payloads =
        Channel.CreateUnbounded<SubsequentResult>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });

    private readonly TaskCompletionSource<(ResultMap? Data, IReadOnlyList<PendingResult> Pending)> initial =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    private int nextId;

    public IncrementalFormat Format => format;

    /// <summary>The current format does not send a deferred fragment's fields that its parent part sent already.</summary>
    public bool Deduplicates => format == IncrementalFormat.Current;

    /// <summary>Parts met while executing the initial result.</summary>
    public List<IncrementalRecord> InitialChildren { get; } = [];

    /// <summary>Parts whose last field finished since the last payload.</summary>
    public List<IncrementalRecord> Finished { get; } = [];

    /// <summary>Announced parts not completed yet.</summary>
    public int Open { get; set; }

    public Task<(ResultMap? Data, IReadOnlyList<PendingResult> Pending)> Initial => initial.Task;

    public ChannelReader<SubsequentResult> Payloads => payloads.Reader;

    public PendingResult Announce(IncrementalRecord record)
    {
        record.Id = (nextId++).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Open++;
        return new PendingResult(record.Id, record.Path, record.Label);
    }

    public void PublishInitial(ResultMap? data, IReadOnlyList<PendingResult> pending) => initial.TrySetResult((data, pending));

    public void Publish(SubsequentResult payload) => payloads.Writer.TryWrite(payload);

    /// <summary>Ends the payloads; a failure (cancellation) reaches whoever waits for the initial result or reads them.</summary>
    public void End(Exception? failure)
    {
        if (failure is OperationCanceledException canceled)
        {
            initial.TrySetCanceled(canceled.CancellationToken);
        }
        else if (failure is not null)
        {
            initial.TrySetException(failure);
        }

        payloads.Writer.TryComplete(failure);
    }
}
