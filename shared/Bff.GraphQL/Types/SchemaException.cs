namespace Bff.GraphQL.Types;

/// <summary>Thrown by <see cref="SchemaBuilder.Create"/> with every problem of the schema, not just the first.</summary>
public sealed class SchemaException : Exception
{
    /// <summary>Creates the exception from the list of problems.</summary>
    public SchemaException(IReadOnlyList<SchemaError> errors)
        : base(Format(errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with a single message.</summary>
    public SchemaException(string message)
        : this([new SchemaError(message)])
    {
    }

    /// <summary>Creates an exception with no listed problem.</summary>
    public SchemaException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a single message and its cause.</summary>
    public SchemaException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new SchemaError(message)];
    }

    /// <summary>Every problem, in the order found: merging, composition, types, directives, resolvers.</summary>
    public IReadOnlyList<SchemaError> Errors { get; }

    private static string Format(IReadOnlyList<SchemaError> errors) =>
        errors.Count == 1
            ? "The schema is invalid: " + Describe(errors[0])
            : $"The schema is invalid ({errors.Count} problems):\n" + string.Join("\n", errors.Select(e => " - " + Describe(e)));

    // Messages that do not name their coordinate get it appended, so every line says where the problem is.
    private static string Describe(SchemaError error) =>
        error.Coordinate is null || error.Message.Contains(error.Coordinate, StringComparison.Ordinal)
            ? error.Message
            : $"{error.Message} (at {error.Coordinate})";
}
