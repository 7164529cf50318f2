using Bff.Domains;
using Bff.GraphQL.Execution;

namespace Bff.Mobile.Shaping;

/// <summary>Range checks of the mobile fields' arguments: a wrong value is a BAD_USER_INPUT error on that field.</summary>
internal static class MobileArguments
{
    public static int Int(IResolverContext context, string name, int min, int max) =>
        context.ArgumentValue<int>(name) is var value && value >= min && value <= max ? value : throw OutOfRange(name, min, max);

    public static double Float(IResolverContext context, string name, double min, double max) =>
        context.ArgumentValue<double>(name) is var value && double.IsFinite(value) && value >= min && value <= max
            ? value
            : throw OutOfRange(name, min, max);

    private static GraphQLException OutOfRange(string name, object min, object max) => new(
        $"Argument \"{name}\" must be between {min} and {max}.", DomainErrorCodes.BadUserInput,
        new Dictionary<string, object?> { ["argument"] = name });
}
