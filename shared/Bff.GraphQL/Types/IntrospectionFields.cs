using Bff.GraphQL.Execution;
using static Bff.GraphQL.Types.CodeFirst;
using static Bff.GraphQL.Types.Introspection;

namespace Bff.GraphQL.Types;

/// <summary>The fields of the introspection object types with their resolvers over the type model.</summary>
internal static class IntrospectionFields
{
    private static readonly IType Str = ScalarType.String;
    private static readonly IType Bool = NonNull(ScalarType.Boolean);

    public static OutputField[] OfSchema(ObjectType o) =>
    [
        Field(o, "description", Str, null, c => c.ParentAs<Schema>().Description),
        Field(o, "types", NonNull(ListOf(NonNull(TypeMeta))), "A list of all types supported by this server.",
            c => c.ParentAs<Schema>().Types.Values.ToList()),
        Field(o, "queryType", NonNull(TypeMeta), "The type that query operations will be rooted at.",
            c => c.ParentAs<Schema>().QueryType),
        Field(o, "mutationType", TypeMeta,
            "If this server supports mutation, the type that mutation operations will be rooted at.",
            c => c.ParentAs<Schema>().MutationType),
        Field(o, "subscriptionType", TypeMeta,
            "If this server support subscription, the type that subscription operations will be rooted at.",
            c => c.ParentAs<Schema>().SubscriptionType),
        Field(o, "directives", NonNull(ListOf(NonNull(DirectiveMeta))), "A list of all directives supported by this server.",
            c => c.ParentAs<Schema>().Directives),
    ];

    public static OutputField[] OfType(ObjectType o) =>
    [
        Field(o, "kind", NonNull(TypeKindMeta), null, c => c.ParentAs<IType>().Kind),
        Field(o, "name", Str, null, c => (c.Parent as NamedType)?.Name),
        Field(o, "description", Str, null, c => (c.Parent as NamedType)?.Description),
        Field(o, "specifiedByURL", Str, null, c => (c.Parent as ScalarType)?.SpecifiedByUrl),
        Field(o, "fields", ListOf(NonNull(FieldMeta)), null,
            c => (c.Parent as ComplexType)?.Fields.Where(f => Include(c, f.IsDeprecated)).ToList(),
            IncludeDeprecated("__Type.fields")),
        Field(o, "interfaces", ListOf(NonNull(TypeMeta)), null, c => (c.Parent as ComplexType)?.Interfaces),
        Field(o, "possibleTypes", ListOf(NonNull(TypeMeta)), null,
            c => c.Parent is NamedType t && t.IsAbstractType() ? c.Schema.GetPossibleTypes(t) : null),
        Field(o, "enumValues", ListOf(NonNull(EnumValueMeta)), null,
            c => (c.Parent as EnumType)?.Values.Where(v => Include(c, v.IsDeprecated)).ToList(),
            IncludeDeprecated("__Type.enumValues")),
        Field(o, "inputFields", ListOf(NonNull(InputValueMeta)), null,
            c => (c.Parent as InputObjectType)?.Fields.Where(f => Include(c, f.IsDeprecated)).ToList(),
            IncludeDeprecated("__Type.inputFields")),
        Field(o, "ofType", TypeMeta, null, c => c.Parent switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        }),
    ];

    public static OutputField[] OfField(ObjectType o) =>
    [
        Field(o, "name", NonNull(ScalarType.String), null, c => c.ParentAs<OutputField>().Name),
        Field(o, "description", Str, null, c => c.ParentAs<OutputField>().Description),
        Field(o, "args", NonNull(ListOf(NonNull(InputValueMeta))), null,
            c => c.ParentAs<OutputField>().Arguments.Where(a => Include(c, a.IsDeprecated)).ToList(),
            IncludeDeprecated("__Field.args")),
        Field(o, "type", NonNull(TypeMeta), null, c => c.ParentAs<OutputField>().Type),
        Field(o, "isDeprecated", Bool, null, c => c.ParentAs<OutputField>().IsDeprecated),
        Field(o, "deprecationReason", Str, null, c => c.ParentAs<OutputField>().DeprecationReason),
    ];

    public static OutputField[] OfInputValue(ObjectType o) =>
    [
        Field(o, "name", NonNull(ScalarType.String), null, c => c.ParentAs<InputField>().Name),
        Field(o, "description", Str, null, c => c.ParentAs<InputField>().Description),
        Field(o, "type", NonNull(TypeMeta), null, c => c.ParentAs<InputField>().Type),
        Field(o, "defaultValue", Str, "A GraphQL-formatted string representing the default value for this input value.",
            c => AstFromValue.PrintDefault(c.ParentAs<InputField>())),
        Field(o, "isDeprecated", Bool, null, c => c.ParentAs<InputField>().IsDeprecated),
        Field(o, "deprecationReason", Str, null, c => c.ParentAs<InputField>().DeprecationReason),
    ];

    public static OutputField[] OfEnumValue(ObjectType o) =>
    [
        Field(o, "name", NonNull(ScalarType.String), null, c => c.ParentAs<EnumValue>().Name),
        Field(o, "description", Str, null, c => c.ParentAs<EnumValue>().Description),
        Field(o, "isDeprecated", Bool, null, c => c.ParentAs<EnumValue>().IsDeprecated),
        Field(o, "deprecationReason", Str, null, c => c.ParentAs<EnumValue>().DeprecationReason),
    ];

    public static OutputField[] OfDirective(ObjectType o) =>
    [
        Field(o, "name", NonNull(ScalarType.String), null, c => c.ParentAs<DirectiveType>().Name),
        Field(o, "description", Str, null, c => c.ParentAs<DirectiveType>().Description),
        Field(o, "isRepeatable", Bool, null, c => c.ParentAs<DirectiveType>().IsRepeatable),
        Field(o, "locations", NonNull(ListOf(NonNull(LocationMeta))), null, c => c.ParentAs<DirectiveType>().Locations),
        Field(o, "args", NonNull(ListOf(NonNull(InputValueMeta))), null,
            c => c.ParentAs<DirectiveType>().Arguments.Where(a => Include(c, a.IsDeprecated)).ToList(),
            IncludeDeprecated("__Directive.args")),
    ];

    private static bool Include(IResolverContext context, bool isDeprecated) =>
        !isDeprecated || context.ArgumentValue<bool>("includeDeprecated");
}
