namespace Bff.GraphQL.Validation;

/// <summary>Unwinds the walk once the error limit is reached; caught by <see cref="DocumentValidator"/>.</summary>
#pragma warning disable CA1064 // Never escapes the assembly.
internal sealed class ValidationAbortedException : Exception
#pragma warning restore CA1064
{
    public ValidationAbortedException()
        : base("Validation aborted: too many errors.")
    {
    }
}
