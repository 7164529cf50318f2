namespace Bff.GraphQL.Server.Persisted;

/// <summary>Bounds of what persisted-operation sources may load; beyond them start-up fails.</summary>
public sealed class PersistedOperationLimits
{
    /// <summary>The defaults: 10,000 operations, 16 MiB of manifest or document text.</summary>
    public static PersistedOperationLimits Default { get; } = new();

    /// <summary>Most operations one service may persist.</summary>
    public int MaxOperations { get; init; } = 10_000;

    /// <summary>Largest manifest file, and most document text in total, in bytes.</summary>
    public long MaxBytes { get; init; } = 16L * 1024 * 1024;
}
