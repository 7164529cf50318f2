namespace Bff.GraphQL.Execution.Caching;

/// <summary>
/// What one field contributes to the response's policy, read once per planned field from <c>@cacheControl</c> on the
/// field and on the type it returns (the field's arguments win, one by one, as in Apollo Server).
/// </summary>
/// <param name="MaxAge">The written <c>maxAge</c>, or -1 when none is written.</param>
/// <param name="Scope">The written scope, or null.</param>
/// <param name="InheritMaxAge">The field (or its type) asked to take its parent's <c>maxAge</c>.</param>
/// <param name="ReturnsComposite">The field returns an object, interface or union (possibly in lists).</param>
internal readonly record struct CacheHint(int MaxAge, CacheControlScope? Scope, bool InheritMaxAge, bool ReturnsComposite)
{
    /// <summary>
    /// The <c>maxAge</c> the field restricts the response to, or -1 when it restricts nothing: a root field or a
    /// field returning an object defaults to 0 (not cacheable) unless it inherits; a leaf field inherits its parent's.
    /// </summary>
    public int EffectiveMaxAge(bool isRoot) =>
        MaxAge >= 0 ? MaxAge
        : isRoot || (ReturnsComposite && !InheritMaxAge) ? 0
        : -1;

    /// <summary>This hint with the arguments a resolver set at run time written over it.</summary>
    public CacheHint With(int maxAge, CacheControlScope? scope) =>
        this with { MaxAge = maxAge >= 0 ? maxAge : MaxAge, Scope = scope ?? Scope };
}
