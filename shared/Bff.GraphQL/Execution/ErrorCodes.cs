namespace Bff.GraphQL.Execution;

/// <summary>Values of <c>extensions.code</c> the engine itself reports.</summary>
public static class ErrorCodes
{
    /// <summary>An unexpected exception in a resolver; its details are masked.</summary>
    public const string InternalError = "INTERNAL_SERVER_ERROR";

    /// <summary>A variable value that cannot be coerced to its type.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";
}
