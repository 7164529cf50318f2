namespace Bff.Chaos;

/// <summary>
/// What a run does and for how long. <see cref="Full"/> is the suite (five minutes of steady load);
/// <see cref="Short"/> the same phases cut to a couple of minutes for CI.
/// </summary>
public sealed record ChaosOptions
{
    /// <summary>The profile's name, as the report shows it.</summary>
    public string Profile { get; init; } = "full";

    /// <summary>Requests per second sent to each BFF, all run long.</summary>
    public double RatePerBff { get; init; } = 40;

    /// <summary>Load with no fault, first: the JIT and the caches settle.</summary>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The steady phase: pricing failing <see cref="PricingErrorRate"/> of its calls, reviews hanging.</summary>
    public TimeSpan Steady { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The share of pricing's calls answered 500 during the steady phase.</summary>
    public double PricingErrorRate { get; init; } = 0.2;

    /// <summary>The share of reviews' calls that never answer during the steady phase.</summary>
    public double ReviewsHangRate { get; init; } = 1.0;

    /// <summary>How long Redis stays down each time (once after SIGTERM, once after SIGKILL).</summary>
    public TimeSpan RedisDown { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Load between and after the Redis outages.</summary>
    public TimeSpan RedisUp { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long inventory drops every call.</summary>
    public TimeSpan BackendDown { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Load after inventory is back: its circuit must be closed by the end of it.</summary>
    public TimeSpan Recovery { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The end of the recovery in which no answer may name inventory any more.</summary>
    public TimeSpan RecoveredWindow { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>The least time the hostile phase lasts: the load goes on after the corpus is through.</summary>
    public TimeSpan HostileAtLeast { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How often each BFF's RSS is read.</summary>
    public TimeSpan RssInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The highest RSS a BFF may reach.</summary>
    public long RssLimitBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>How far past its request budget an answer may come (scheduling on a loaded machine).</summary>
    public TimeSpan DeadlineSlack { get; init; } = TimeSpan.FromSeconds(1.5);

    /// <summary>The ports: backends base+1..base+9, bff-mobile base+11, bff-web base+12, Redis base+20; null for free ports.</summary>
    public int? PortBase { get; init; }

    /// <summary>Where each process's log goes.</summary>
    public string LogDirectory { get; init; } = Path.Combine("artifacts", "chaos");

    /// <summary>The suite.</summary>
    public static ChaosOptions Full { get; } = new();

    /// <summary>The CI cut: every phase, tens of seconds each.</summary>
    public static ChaosOptions Short { get; } = new()
    {
        Profile = "short",
        WarmUp = TimeSpan.FromSeconds(8),
        Steady = TimeSpan.FromSeconds(30),
        RedisDown = TimeSpan.FromSeconds(6),
        RedisUp = TimeSpan.FromSeconds(5),
        BackendDown = TimeSpan.FromSeconds(12),
        Recovery = TimeSpan.FromSeconds(18),
        RecoveredWindow = TimeSpan.FromSeconds(5),
        HostileAtLeast = TimeSpan.FromSeconds(8),
        RssInterval = TimeSpan.FromSeconds(5),
        DeadlineSlack = TimeSpan.FromSeconds(2.5),
        RatePerBff = 10,
    };
}
