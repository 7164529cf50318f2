using Bff.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bff.Domains.Common;

/// <summary>Checks of the numeric arguments the modules share.</summary>
internal static class Arguments
{
    /// <summary>
    /// The argument <paramref name="name"/> (default applied by the schema) when within 1..<paramref name="max"/>, or
    /// the lower maximum the BFF set for this field (<see cref="ArgumentLimits"/>).
    /// </summary>
    public static int Count(this IResolverContext context, string name, int max)
    {
        var limits = context.Services.GetService<IOptions<ArgumentLimitsOptions>>()?.Value.Maxima;
        if (limits is { Count: > 0 } && limits.TryGetValue((context.ObjectType.Name, context.Field.Name, name), out var limit))
        {
            max = Math.Min(max, limit);
        }

        return context.ArgumentValue<int>(name) is var value && value >= 1 && value <= max
            ? value
            : throw new GraphQLException(
                $"Argument \"{name}\" must be between 1 and {max}.", DomainErrorCodes.BadUserInput,
                new Dictionary<string, object?> { ["argument"] = name });
    }
}
