namespace Bff.GraphQL.Execution.Caching;

/// <summary>
/// A resolver's run-time hint packed in one int: <c>maxAge + 1</c> in the low 28 bits (0: not set), the scope in the
/// next two (0: not set, 1: public, 2: private).
/// </summary>
internal static class RuntimeCacheHint
{
    private const int MaxAgeBits = 0x0FFF_FFFF;
    private const int ScopeShift = 28;

    public static int WithMaxAge(int packed, int maxAge) =>
        (packed & ~MaxAgeBits) | (Math.Min(maxAge, MaxAgeBits - 1) + 1);

    public static int WithScope(int packed, CacheControlScope scope) =>
        (packed & MaxAgeBits) | ((scope == CacheControlScope.Private ? 2 : 1) << ScopeShift);

    /// <summary><paramref name="hint"/> with what <paramref name="packed"/> sets written over it.</summary>
    public static CacheHint Apply(CacheHint hint, int packed)
    {
        var maxAge = (packed & MaxAgeBits) - 1;
        CacheControlScope? scope = (packed >> ScopeShift) switch
        {
            1 => CacheControlScope.Public,
            2 => CacheControlScope.Private,
            _ => null,
        };
        return hint.With(maxAge, scope);
    }
}
