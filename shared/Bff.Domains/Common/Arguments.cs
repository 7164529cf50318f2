using Bff.GraphQL.Execution;

namespace Bff.Domains.Common;

/// <summary>Checks of the numeric arguments the modules share.</summary>
internal static class Arguments
{
    /// <summary>The argument <paramref name="name"/> (default applied by the schema) when within 1..<paramref name="max"/>.</summary>
    public static int Count(this IResolverContext context, string name, int max) =>
        context.ArgumentValue<int>(name) is var value && value >= 1 && value <= max
            ? value
            : throw new GraphQLException(
                $"Argument \"{name}\" must be between 1 and {max}.", DomainErrorCodes.BadUserInput,
                new Dictionary<string, object?> { ["argument"] = name });
}
