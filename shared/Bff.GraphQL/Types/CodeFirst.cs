using Bff.GraphQL.Execution;
using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>Small factories for the types the engine defines in code: introspection and built-in directives.</summary>
internal static class CodeFirst
{
    public static IType NonNull(IType type) => new NonNullType(type);

    public static IType ListOf(IType type) => new ListType(type);

    public static OutputField Field(
        ComplexType? owner, string name, IType type, string? description, Func<IResolverContext, object?> resolve,
        params InputField[] arguments) =>
        new(name, description, type, arguments, owner) { Resolver = Sync(resolve) };

    public static InputField Argument(
        string owner, string name, IType type, string? description = null, ValueNode? defaultValue = null,
        object? coercedDefault = null) =>
        new(name, description, type, $"{owner}({name}:)")
        {
            DefaultValue = defaultValue,
            CoercedDefaultValue = coercedDefault,
        };

    /// <summary>The <c>includeDeprecated: Boolean = false</c> argument of introspection's list fields.</summary>
    public static InputField IncludeDeprecated(string owner) =>
        Argument(owner, "includeDeprecated", ScalarType.Boolean, null, new BooleanValueNode(false), false);

    public static FieldResolverDelegate Sync(Func<IResolverContext, object?> resolve) =>
        context => new ValueTask<object?>(resolve(context));
}
