using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>
/// A validated, immutable GraphQL schema, built with <see cref="SchemaBuilder"/>. Types keep definition order,
/// followed by the built-in scalars in use and the introspection types.
/// </summary>
public sealed partial class Schema
{
    private readonly OrderedDictionary<string, NamedType> types;
    private readonly Dictionary<NamedType, IReadOnlyList<ObjectType>> possibleTypes;
    private readonly Dictionary<Type, List<ObjectType>> byRuntimeType;

    internal Schema(SchemaParts parts)
    {
        Description = parts.Description;
        QueryType = parts.QueryType;
        MutationType = parts.MutationType;
        SubscriptionType = parts.SubscriptionType;
        Definition = parts.Definition;
        Extensions = parts.Extensions;
        types = parts.Types;
        Directives = new NamedCollection<DirectiveType>(parts.Directives, d => d.Name);
        possibleTypes = PossibleTypeMap.Build(types.Values);
        byRuntimeType = types.Values.OfType<ObjectType>()
            .Where(t => t.RuntimeType is not null)
            .GroupBy(t => t.RuntimeType!)
            .ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>The schema's description, or null.</summary>
    public string? Description { get; }

    /// <summary>The root type of queries.</summary>
    public ObjectType QueryType { get; }

    /// <summary>The root type of mutations, or null when the schema has none.</summary>
    public ObjectType? MutationType { get; }

    /// <summary>The root type of subscriptions, or null when the schema has none.</summary>
    public ObjectType? SubscriptionType { get; }

    /// <summary>All named types by name, in order: definitions, then used built-in scalars, then introspection types.</summary>
    public IReadOnlyDictionary<string, NamedType> Types => types;

    /// <summary>Directive definitions: the specified ones first, then those declared in SDL.</summary>
    public NamedCollection<DirectiveType> Directives { get; }

    /// <summary>The <c>schema { ... }</c> definition, when the SDL had one.</summary>
    public SchemaDefinitionNode? Definition { get; }

    /// <summary>The <c>extend schema</c> definitions merged into the schema.</summary>
    public IReadOnlyList<SchemaExtensionNode> Extensions { get; }

    /// <summary>The meta field <c>__schema: __Schema!</c>, selectable on the query root type.</summary>
    public static OutputField SchemaField => Introspection.SchemaField;

    /// <summary>The meta field <c>__type(name: String!): __Type</c>, selectable on the query root type.</summary>
    public static OutputField TypeField => Introspection.TypeField;

    /// <summary>The meta field <c>__typename: String!</c>, selectable on every object, interface and union.</summary>
    public static OutputField TypeNameField => Introspection.TypeNameField;

    /// <summary>The named type called <paramref name="name"/>, or null.</summary>
    public NamedType? GetType(string name) => types.GetValueOrDefault(name);

    /// <summary>The directive called <paramref name="name"/> (without <c>@</c>), or null.</summary>
    public DirectiveType? GetDirective(string name) => Directives.TryGetValue(name, out var d) ? d : null;

    /// <summary>The root type of <paramref name="operation"/>, or null when the schema does not support it.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types an interface or union may be at runtime (empty for other types).</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) =>
        possibleTypes.GetValueOrDefault(abstractType) ?? [];

    /// <summary>True when <paramref name="objectType"/> is a possible type of <paramref name="abstractType"/>.</summary>
    public bool IsPossibleType(NamedType abstractType, ObjectType objectType) =>
        GetPossibleTypes(abstractType).Contains(objectType);

    /// <summary>
    /// True when <paramref name="maybeSubType"/> is a member of the union, or implements the interface
    /// <paramref name="abstractType"/> (objects and interfaces alike).
    /// </summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) => abstractType switch
    {
        UnionType union => maybeSubType is ObjectType o && union.Types.Contains(o),
        InterfaceType iface => maybeSubType is ComplexType c && c.Implements(iface),
        _ => false,
    };

    /// <summary>The printed SDL of the schema (<see cref="SchemaPrinter.Print(Schema)"/>).</summary>
    public override string ToString() => SchemaPrinter.Print(this);
}
