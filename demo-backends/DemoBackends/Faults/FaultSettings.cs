namespace DemoBackends.Faults;

/// <summary>
/// The realism controls of one service (<c>Faults:{Service}</c>). Rates are probabilities in [0, 1];
/// one draw per request picks drop, hang, 429 or 500 in that order, so combined rates stay exact.
/// </summary>
internal sealed record FaultSettings
{
    public int LatencyMs { get; init; }

    public int JitterMs { get; init; }

    public double ErrorRate { get; init; }

    public double RateLimitRate { get; init; }

    public int RetryAfterSeconds { get; init; } = 1;

    public double HangRate { get; init; }

    public double DropRate { get; init; }

    public bool IsActive => LatencyMs > 0 || JitterMs > 0 || ErrorRate > 0 || RateLimitRate > 0 || HangRate > 0 || DropRate > 0;

    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        Check(errors, nameof(LatencyMs), LatencyMs is >= 0 and <= 60_000, "must be between 0 and 60000");
        Check(errors, nameof(JitterMs), JitterMs is >= 0 and <= 60_000, "must be between 0 and 60000");
        Check(errors, nameof(RetryAfterSeconds), RetryAfterSeconds is >= 0 and <= 3600, "must be between 0 and 3600");
        foreach (var (name, rate) in Rates())
        {
            Check(errors, name, rate is >= 0 and <= 1, "must be a probability between 0 and 1");
        }

        Check(errors, "Rates", Rates().Sum(r => r.Rate) <= 1.000001, "drop + hang + rate-limit + error rates must not exceed 1");
        return errors;
    }

    private IEnumerable<(string Name, double Rate)> Rates() =>
        [(nameof(DropRate), DropRate), (nameof(HangRate), HangRate), (nameof(RateLimitRate), RateLimitRate), (nameof(ErrorRate), ErrorRate)];

    private static void Check(Dictionary<string, string[]> errors, string field, bool ok, string message)
    {
        if (!ok)
        {
            errors[char.ToLowerInvariant(field[0]) + field[1..]] = [$"{field} {message}."];
        }
    }
}

/// <summary>A partial change from <c>POST /admin/faults</c>: absent fields keep their current value.</summary>
internal sealed record FaultUpdate(
    int? LatencyMs, int? JitterMs, double? ErrorRate, double? RateLimitRate, int? RetryAfterSeconds, double? HangRate, double? DropRate)
{
    public FaultSettings ApplyTo(FaultSettings current) => current with
    {
        LatencyMs = LatencyMs ?? current.LatencyMs,
        JitterMs = JitterMs ?? current.JitterMs,
        ErrorRate = ErrorRate ?? current.ErrorRate,
        RateLimitRate = RateLimitRate ?? current.RateLimitRate,
        RetryAfterSeconds = RetryAfterSeconds ?? current.RetryAfterSeconds,
        HangRate = HangRate ?? current.HangRate,
        DropRate = DropRate ?? current.DropRate,
    };
}
