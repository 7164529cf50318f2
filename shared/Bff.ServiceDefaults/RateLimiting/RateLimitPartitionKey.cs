namespace Bff.ServiceDefaults.RateLimiting;

/// <summary>Who a request is counted against.</summary>
internal enum PartitionKind
{
    User,
    Client,
    Ip,
}

/// <summary>One caller's partition, for example (User, "u-001").</summary>
internal readonly record struct RateLimitPartitionKey(PartitionKind Kind, string Id)
{
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}:{Id}";
}
