using static Bff.GraphQL.Types.CodeFirst;

namespace Bff.GraphQL.Types;

/// <summary>
/// The introspection types of the October 2021 spec and the meta fields. They only reference each other and the
/// built-in String and Boolean, so one immutable set serves every schema; resolvers read the schema from the context.
/// </summary>
internal static class Introspection
{
    public static readonly ObjectType SchemaMeta = new("__Schema", IntrospectionTexts.Schema, isBuiltIn: true);
    public static readonly ObjectType TypeMeta = new("__Type", IntrospectionTexts.Type, isBuiltIn: true);
    public static readonly ObjectType FieldMeta = new("__Field", IntrospectionTexts.Field, isBuiltIn: true);
    public static readonly ObjectType InputValueMeta = new("__InputValue", IntrospectionTexts.InputValue, isBuiltIn: true);
    public static readonly ObjectType EnumValueMeta = new("__EnumValue", IntrospectionTexts.EnumValue, isBuiltIn: true);
    public static readonly ObjectType DirectiveMeta = new("__Directive", IntrospectionTexts.Directive, isBuiltIn: true);
    public static readonly EnumType TypeKindMeta = IntrospectionEnums.TypeKind();
    public static readonly EnumType LocationMeta = IntrospectionEnums.DirectiveLocation();

    public static readonly OutputField SchemaField = Field(
        null, "__schema", NonNull(SchemaMeta), "Access the current type schema of this server.", c => c.Schema);

    public static readonly OutputField TypeField = Field(
        null,
        "__type",
        TypeMeta,
        "Request the type information of a single type.",
        c => c.Schema.GetType(c.ArgumentValue<string>("name") ?? string.Empty),
        Argument("__type", "name", NonNull(ScalarType.String)));

    public static readonly OutputField TypeNameField = Field(
        null, "__typename", NonNull(ScalarType.String), "The name of the current Object type at runtime.",
        c => c.ObjectType.Name);

    /// <summary>All introspection types, in graphql-js's order.</summary>
    public static readonly IReadOnlyList<NamedType> Types =
        [SchemaMeta, DirectiveMeta, LocationMeta, TypeMeta, FieldMeta, InputValueMeta, EnumValueMeta, TypeKindMeta];

    static Introspection()
    {
        SchemaMeta.Complete(IntrospectionFields.OfSchema(SchemaMeta), []);
        TypeMeta.Complete(IntrospectionFields.OfType(TypeMeta), []);
        FieldMeta.Complete(IntrospectionFields.OfField(FieldMeta), []);
        InputValueMeta.Complete(IntrospectionFields.OfInputValue(InputValueMeta), []);
        EnumValueMeta.Complete(IntrospectionFields.OfEnumValue(EnumValueMeta), []);
        DirectiveMeta.Complete(IntrospectionFields.OfDirective(DirectiveMeta), []);
    }

    public static bool IsIntrospectionTypeName(string name) => Types.Any(t => t.Name == name);
}
