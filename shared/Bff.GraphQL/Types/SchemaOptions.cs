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
}
