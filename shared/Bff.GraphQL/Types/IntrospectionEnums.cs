namespace Bff.GraphQL.Types;

/// <summary>Builds <c>__TypeKind</c> and <c>__DirectiveLocation</c>, whose runtime values are the CLR enums.</summary>
internal static class IntrospectionEnums
{
    public static EnumType TypeKind()
    {
        var type = new EnumType("__TypeKind", "An enum describing what kind of type a given `__Type` is.", isBuiltIn: true);
        type.Complete(
            Enum.GetValues<Types.TypeKind>().Select(kind => new EnumValue(
                SpecNames.Of(kind), IntrospectionTexts.KindDescription(kind), kind, "__TypeKind." + SpecNames.Of(kind))),
            typeof(Types.TypeKind));
        return type;
    }

    public static EnumType DirectiveLocation()
    {
        var type = new EnumType(
            "__DirectiveLocation",
            "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.",
            isBuiltIn: true);
        type.Complete(
            Enum.GetValues<Types.DirectiveLocation>()
                .Where(l => l != Types.DirectiveLocation.None)
                .Select(l => new EnumValue(
                    SpecNames.Of(l), IntrospectionTexts.LocationDescription(l), l, "__DirectiveLocation." + SpecNames.Of(l))),
            typeof(Types.DirectiveLocation));
        return type;
    }
}
