namespace Bff.GraphQL.Types;

/// <summary>The descriptions graphql-js gives the introspection types, so that introspection output matches it.</summary>
internal static class IntrospectionTexts
{
    public const string Schema = "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.";

    public const string Type = "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.";

    public const string Field = "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.";

    public const string InputValue = "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.";

    public const string EnumValue = "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.";

    public const string Directive = "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.";

    public static string KindDescription(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "Indicates this type is a scalar.",
        TypeKind.Object => "Indicates this type is an object. `fields` and `interfaces` are valid fields.",
        TypeKind.Interface => "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.",
        TypeKind.Union => "Indicates this type is a union. `possibleTypes` is a valid field.",
        TypeKind.Enum => "Indicates this type is an enum. `enumValues` is a valid field.",
        TypeKind.InputObject => "Indicates this type is an input object. `inputFields` is a valid field.",
        TypeKind.List => "Indicates this type is a list. `ofType` is a valid field.",
        _ => "Indicates this type is a non-null. `ofType` is a valid field.",
    };

    public static string LocationDescription(DirectiveLocation location) => location switch
    {
        DirectiveLocation.Query => "Location adjacent to a query operation.",
        DirectiveLocation.Mutation => "Location adjacent to a mutation operation.",
        DirectiveLocation.Subscription => "Location adjacent to a subscription operation.",
        DirectiveLocation.Field => "Location adjacent to a field.",
        DirectiveLocation.FragmentDefinition => "Location adjacent to a fragment definition.",
        DirectiveLocation.FragmentSpread => "Location adjacent to a fragment spread.",
        DirectiveLocation.InlineFragment => "Location adjacent to an inline fragment.",
        DirectiveLocation.VariableDefinition => "Location adjacent to a variable definition.",
        DirectiveLocation.Schema => "Location adjacent to a schema definition.",
        DirectiveLocation.Scalar => "Location adjacent to a scalar definition.",
        DirectiveLocation.Object => "Location adjacent to an object type definition.",
        DirectiveLocation.FieldDefinition => "Location adjacent to a field definition.",
        DirectiveLocation.ArgumentDefinition => "Location adjacent to an argument definition.",
        DirectiveLocation.Interface => "Location adjacent to an interface definition.",
        DirectiveLocation.Union => "Location adjacent to a union definition.",
        DirectiveLocation.Enum => "Location adjacent to an enum definition.",
        DirectiveLocation.EnumValue => "Location adjacent to an enum value definition.",
        DirectiveLocation.InputObject => "Location adjacent to an input object type definition.",
        _ => "Location adjacent to an input object field definition.",
    };
}
