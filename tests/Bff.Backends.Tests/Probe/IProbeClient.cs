using System.Text.Json.Serialization;
using Bff.Backends.Http;

namespace Bff.Backends.Tests.Probe;

/// <summary>A test-only contract exercising generator features that the real backend contracts do not use.</summary>
[BackendClient("probe", typeof(ProbeJsonContext))]
public interface IProbeClient
{
    [Get("/items/{id}/parts/{part}")]
    Task<ProbeItem> GetPartAsync(int id, [AliasAs("part")] string partName, CancellationToken cancellationToken);

    [Get("/search?fixed=1")]
    Task<ProbeItem> SearchAsync([Query("from")] DateTimeOffset? since, IEnumerable<int>? numbers, ProbeKind? kind, CancellationToken cancellationToken);

    [Delete("/items/{id}")]
    Task DeleteAsync(Guid id, [Header("X-Reason")] string? reason, CancellationToken cancellationToken);

    [Put("/items")]
    [NullOn404]
    Task<ProbeItem?> PutAsync([Body] ProbeItem item, CancellationToken cancellationToken);
}

public enum ProbeKind
{
    Plain,
    Fancy,
}

public sealed record ProbeItem(string Name, int Count);

[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ProbeItem))]
public sealed partial class ProbeJsonContext : JsonSerializerContext;
