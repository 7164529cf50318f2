using Bff.GraphQL.Execution;
using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL modules, scalars, bindings, resolvers and composition steps.
/// <see cref="Create"/> merges every module and its <c>extend</c>s, applies the composition steps in the order they
/// were added, validates the result and binds resolvers, reporting every problem at once in a
/// <see cref="SchemaException"/>. Bindings and resolvers use the names the modules define; they also accept the
/// names composition gives (a binding at the new name wins).
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly List<DocumentNode> documents = [];
    private readonly BuilderConfig config = new();
    private readonly SchemaOptions options = new();

    private SchemaBuilder()
    {
    }

    /// <summary>Starts a new builder.</summary>
    public static SchemaBuilder New() => new();

    /// <summary>Adds a parsed SDL module.</summary>
    public SchemaBuilder AddDocument(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        documents.Add(document);
        return this;
    }

    /// <summary>Parses and adds an SDL module; throws <see cref="GraphQLSyntaxException"/> when it does not parse.</summary>
    public SchemaBuilder AddDocumentFromString(string sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        return AddDocument(Parser.Parse(sdl));
    }

    /// <summary>Adds a custom scalar; SDL may declare it (<c>scalar Name</c>) to give it a description or <c>@specifiedBy</c>.</summary>
    public SchemaBuilder AddScalar(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        config.Scalars[scalar.Name] = scalar;
        return this;
    }

    /// <summary>Binds the object type <paramref name="typeName"/> to CLR type <typeparamref name="T"/>: see <see cref="ObjectType.RuntimeType"/>.</summary>
    public SchemaBuilder BindRuntimeType<T>(string typeName) => BindRuntimeType(typeof(T), typeName);

    /// <summary>Binds the object type <paramref name="typeName"/> to <paramref name="clrType"/>.</summary>
    public SchemaBuilder BindRuntimeType(Type clrType, string typeName)
    {
        ArgumentNullException.ThrowIfNull(clrType);
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        config.RuntimeBindings[typeName] = clrType;
        return this;
    }

    /// <summary>
    /// Binds the enum type <paramref name="typeName"/> to <typeparamref name="TEnum"/>: each GraphQL value maps to the
    /// member with the same name ignoring case and underscores (<c>IN_STOCK</c> → <c>InStock</c>).
    /// </summary>
    public SchemaBuilder BindEnum<TEnum>(string typeName)
        where TEnum : struct, Enum
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        config.EnumBindings[typeName] = typeof(TEnum);
        return this;
    }

    /// <summary>Sets how values of the interface or union <paramref name="typeName"/> find their object type.</summary>
    public SchemaBuilder AddTypeResolver(string typeName, TypeResolverDelegate resolveType)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(resolveType);
        config.TypeResolvers[typeName] = resolveType;
        return this;
    }

    /// <summary>Changes the options.</summary>
    public SchemaBuilder ModifyOptions(Action<SchemaOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(options);
        return this;
    }
}
