namespace Bff.GraphQL.Validation;

/// <summary>Thrown by <see cref="RecursionGuard"/>; <see cref="RuleDispatcher"/> reports it for the rule that was running.</summary>
#pragma warning disable CA1064 // Never escapes the assembly.
internal sealed class DocumentTooComplexException()
    : Exception("The document nests selections too deeply (through fragments) to be validated.")
#pragma warning restore CA1064
{
}
