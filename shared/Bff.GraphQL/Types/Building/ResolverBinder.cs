using Bff.GraphQL.Execution;

namespace Bff.GraphQL.Types;

/// <summary>
/// Gives every field of every object type its resolver, once, when the schema is created. Order of precedence:
/// a resolver added at the field's final coordinate (after composition), then one added at the coordinate the
/// module defined, then the same-named member of the bound CLR type (matched by the module's field name).
/// </summary>
internal static class ResolverBinder
{
    public static void Bind(
        IEnumerable<NamedType> types, TypeFactory factory, BuilderConfig config, bool strict, List<SchemaError> errors)
    {
        foreach (var type in types.OfType<ObjectType>().Where(t => !t.IsBuiltIn))
        {
            var entry = factory.Origins[type];
            foreach (var field in type.Fields)
            {
                var originalName = entry.OriginalFieldName(field.Name);
                var explicitResolver = Explicit(config, type, entry, field, originalName);
                var reader = explicitResolver is null ? FromRuntimeType(type, originalName, field.Name) : null;
                field.Resolver = explicitResolver
                    ?? (reader is null ? null : MemberAccessors.ToResolver(reader))
                    ?? (strict ? null : DynamicMemberResolver.For(originalName));
                field.MemberReader = reader;
                if (field.Resolver is null)
                {
                    errors.Add(new SchemaError(Missing(type, field), field.Coordinate));
                }
            }
        }
    }

    private static FieldResolverDelegate? Explicit(
        BuilderConfig config, ObjectType type, TypeEntry entry, OutputField field, string originalName) =>
        config.Resolvers.GetValueOrDefault(field.Coordinate)
        ?? config.Resolvers.GetValueOrDefault($"{entry.OriginalName}.{originalName}");

    private static Func<object, object?>? FromRuntimeType(ObjectType type, string originalName, string name) =>
        type.RuntimeType is null
            ? null
            : MemberAccessors.CreateReader(type.RuntimeType, originalName) ?? MemberAccessors.CreateReader(type.RuntimeType, name);

    private static string Missing(ObjectType type, OutputField field) => type.RuntimeType is null
        ? $"Field \"{field.Coordinate}\" has no resolver: add one, or bind \"{type.Name}\" to a CLR type that has a \"{field.Name}\" member."
        : $"Field \"{field.Coordinate}\" has no resolver and CLR type \"{type.RuntimeType.FullName}\" has no public property or field \"{field.Name}\".";
}
