namespace DemoBackends.Faults;

/// <summary>The settings in force; starts from configuration and is swapped whole by the admin endpoint.</summary>
internal sealed class FaultState(FaultSettings configured)
{
    private FaultSettings current = configured;

    public FaultSettings Configured { get; } = configured;

    public FaultSettings Current => Volatile.Read(ref current);

    public void Set(FaultSettings settings) => Volatile.Write(ref current, settings);

    public void Reset() => Set(Configured);
}

/// <summary>The fault draws; seeded (<c>Faults:Seed</c>) so a run with the same requests makes the same choices.</summary>
internal sealed class FaultDice(int seed)
{
    private readonly Random random = new(seed);
    private readonly Lock gate = new();

    public double NextDouble()
    {
        lock (gate)
        {
            return random.NextDouble();
        }
    }

    public int Next(int maxExclusive)
    {
        lock (gate)
        {
            return random.Next(maxExclusive);
        }
    }
}
