using Bff.GraphQL.Execution;

namespace Bff.GraphQL.Validation;

/// <summary>One validation error and the rule that reported it (e.g. <c>NoUnusedFragmentsRule</c>).</summary>
public sealed record ValidationError(string Rule, GraphQLError Error);

/// <summary>The outcome of <see cref="DocumentValidator.Validate(Types.Schema, Language.DocumentNode, ValidationOptions?)"/>.</summary>
public sealed class ValidationResult
{
    internal ValidationResult(IReadOnlyList<ValidationError> failures)
    {
        Failures = failures;
        Errors = [.. failures.Select(f => f.Error)];
    }

    /// <summary>True when no rule reported an error.</summary>
    public bool IsValid => Failures.Count == 0;

    /// <summary>The errors in the order they were found, each with the rule that reported it.</summary>
    public IReadOnlyList<ValidationError> Failures { get; }

    /// <summary>
    /// True when a list size of the cost analysis was given by a variable: the verdict on cost holds only for the
    /// variables it was measured with (a server caching it measures again with each request's values).
    /// </summary>
    public bool CostDependsOnVariables { get; init; }

    /// <summary>The errors alone, ready for a response's <c>errors</c> list.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }
}
