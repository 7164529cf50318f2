using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>
/// Creates the immutable types from the merged (and composed) definitions in two passes: every named type first,
/// then members, since types reference each other in cycles.
/// </summary>
internal sealed partial class TypeFactory(SdlModel model, BuilderConfig config)
{
    private readonly OrderedDictionary<string, NamedType> created = new(StringComparer.Ordinal);
    private readonly HashSet<ScalarType> usedBuiltIns = [ScalarType.String, ScalarType.Boolean];
    private readonly List<InputField> inputValues = [];

    /// <summary>Object types with the entry they came from, for resolver binding.</summary>
    public Dictionary<ObjectType, TypeEntry> Origins { get; } = [];

    public List<DirectiveType> Directives { get; } = [.. BuiltInDirectives.All];

    public OrderedDictionary<string, NamedType> Build()
    {
        foreach (var entry in model.Types.Values)
        {
            created.Add(entry.Name, CreateShell(entry));
        }

        foreach (var scalar in config.Scalars.Values.Where(s => !created.ContainsKey(s.Name) && !IsBuiltInName(s.Name)))
        {
            created.Add(scalar.Name, scalar);
        }

        foreach (var entry in model.Types.Values)
        {
            Complete(entry, created[entry.Name]);
        }

        Directives.AddRange(model.Directives.Values.Select(BuildDirective));
        CoerceDefaults();
        return Ordered();
    }

    private NamedType CreateShell(TypeEntry entry)
    {
        var syntax = entry.Syntax();
        return entry.Definition switch
        {
            ScalarTypeDefinitionNode => CreateScalar(entry, syntax),
            ObjectTypeDefinitionNode => new ObjectType(entry.Name, entry.Description, syntax)
            {
                RuntimeType = BuilderConfig.Find(config.RuntimeBindings, entry),
            },
            InterfaceTypeDefinitionNode => new InterfaceType(entry.Name, entry.Description, syntax)
            {
                ResolveType = BuilderConfig.Find(config.TypeResolvers, entry),
            },
            UnionTypeDefinitionNode => new UnionType(entry.Name, entry.Description, syntax)
            {
                ResolveType = BuilderConfig.Find(config.TypeResolvers, entry),
            },
            EnumTypeDefinitionNode => new EnumType(entry.Name, entry.Description, syntax),
            _ => new InputObjectType(entry.Name, entry.Description, syntax),
        };
    }

    private ScalarType CreateScalar(TypeEntry entry, TypeSyntax syntax)
    {
        if (ScalarType.Specified.FirstOrDefault(s => s.Name == entry.Name) is { } builtIn)
        {
            // graphql-js keeps the specified scalar when SDL redeclares it.
            return builtIn;
        }

        var url = DirectiveArguments.String(syntax.Directives, "specifiedBy", "url");
        var hooks = BuilderConfig.Find(config.Scalars, entry) ?? new ScalarType(entry.Name, value => value);
        return hooks.WithSyntax(entry.Description, url, syntax);
    }

    private NamedType? Lookup(string name)
    {
        if (created.TryGetValue(name, out var type))
        {
            return type;
        }

        var builtIn = ScalarType.Specified.FirstOrDefault(s => s.Name == name);
        if (builtIn is not null)
        {
            usedBuiltIns.Add(builtIn);
        }

        return builtIn;
    }

    private IType? ResolveType(TypeNode node, string coordinate)
    {
        var type = TypeReferences.Resolve(node, Lookup);
        if (type is null)
        {
            model.Error($"Unknown type \"{node.NamedType.Name.Value}\".", coordinate);
        }

        return type;
    }

    private OrderedDictionary<string, NamedType> Ordered()
    {
        var types = new OrderedDictionary<string, NamedType>(created, StringComparer.Ordinal);
        foreach (var scalar in ScalarType.Specified.Where(s => usedBuiltIns.Contains(s) && !types.ContainsKey(s.Name)))
        {
            types.Add(scalar.Name, scalar);
        }

        foreach (var type in Introspection.Types)
        {
            types.TryAdd(type.Name, type);
        }

        return types;
    }

    private static bool IsBuiltInName(string name) => ScalarType.Specified.Any(s => s.Name == name);
}
