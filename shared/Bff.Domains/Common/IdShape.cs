using System.Text.RegularExpressions;
using Bff.GraphQL.Execution;

namespace Bff.Domains.Common;

/// <summary>One kind of id and its shape; see <see cref="Ids"/>.</summary>
internal sealed class IdShape(string kind, string expected, Regex pattern)
{
    private const int MaxLength = 64;

    /// <summary>True when <paramref name="value"/> has this shape.</summary>
    public bool IsValid(string? value) => value is { Length: > 0 and <= MaxLength } && pattern.IsMatch(value);

    /// <summary><paramref name="value"/> when it has this shape; otherwise a BAD_USER_INPUT error naming the argument.</summary>
    public string Check(string? value, string argument) => IsValid(value)
        ? value!
        // The value is not echoed: it is the client's text and may be anything.
        : throw new GraphQLException(
            $"Argument \"{argument}\" is not a valid {kind} id ({expected}).",
            DomainErrorCodes.BadUserInput,
            new Dictionary<string, object?> { ["argument"] = argument });

    /// <summary>Every value checked; a list with a bad id fails as a whole, before any call.</summary>
    public IReadOnlyList<string> CheckAll(IReadOnlyList<string>? values, string argument, int maxCount)
    {
        if (values is null || values.Count > maxCount)
        {
            throw new GraphQLException(
                $"Argument \"{argument}\" takes at most {maxCount} ids.", DomainErrorCodes.BadUserInput,
                new Dictionary<string, object?> { ["argument"] = argument });
        }

        foreach (var value in values)
        {
            Check(value, argument);
        }

        return values;
    }
}
