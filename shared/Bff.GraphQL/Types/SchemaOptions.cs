namespace Bff.GraphQL.Types;

/// <summary>Options of <see cref="SchemaBuilder"/>, changed with <see cref="SchemaBuilder.ModifyOptions"/>.</summary>
public sealed class SchemaOptions
{
    /// <summary>
    /// When true (the default), <see cref="SchemaBuilder.Create"/> fails for every object field that has no resolver
    /// and no bound CLR member. When false, such fields read a same-named dictionary key or member of whatever parent
    /// they get: for tests that only print schemas, and for prototypes.
    /// </summary>
    public bool StrictResolvers { get; set; } = true;

    /// <summary>
    /// When true, the schema has <c>@defer</c> (Hot Chocolate's <c>EnableDefer</c>): clients that accept
    /// <c>multipart/mixed</c> get deferred fragments as later parts. Off by default.
    /// </summary>
    public bool EnableDefer { get; set; }

    /// <summary>When true, the schema has <c>@stream</c> for list fields (Hot Chocolate's <c>EnableStream</c>). Off by default.</summary>
    public bool EnableStream { get; set; }
}
