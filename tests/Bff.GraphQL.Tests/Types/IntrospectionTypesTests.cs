using Bff.GraphQL.Types;

namespace Bff.GraphQL.Tests.Types;

public sealed class IntrospectionTypesTests
{
    private const string Sdl = """
        type Query { a(x: Int = 1, old: String @deprecated): Thing b: Int @deprecated(reason: "No.") }
        type Thing { c: Int }
        enum E { ONE TWO @deprecated }
        directive @d(x: String = "q") repeatable on FIELD
        """;

    [Fact]
    public void SchemaHoldsTheIntrospectionTypesOfTheSpecButQueryDoesNotListMetaFields()
    {
        var schema = TestSchemas.Build(Sdl);

        foreach (var name in new[] { "__Schema", "__Type", "__Field", "__InputValue", "__EnumValue", "__Directive", "__TypeKind", "__DirectiveLocation" })
        {
            Assert.True(schema.GetType(name)?.IsBuiltIn, name);
        }

        Assert.Equal(
            ["kind", "name", "description", "specifiedByURL", "fields", "interfaces", "possibleTypes", "enumValues", "inputFields", "ofType"],
            ((ObjectType)schema.GetType("__Type")!).Fields.Select(f => f.Name));
        Assert.Equal(19, ((EnumType)schema.GetType("__DirectiveLocation")!).Values.Count);
        Assert.Equal(["a", "b"], schema.QueryType.Fields.Select(f => f.Name));
        Assert.Equal("__type", Schema.TypeField.Name);
        Assert.Equal("String!", Schema.TypeField.Arguments["name"].Type.ToString());
        Assert.Equal(["Query", "Thing", "E", "String", "Int", "Boolean"], schema.Types.Keys.Take(6));
    }

    [Fact]
    public async Task IntrospectionResolversReadTheModel()
    {
        var schema = TestSchemas.Build(Sdl);
        var query = schema.QueryType;
        var withDeprecated = new Dictionary<string, object?> { ["includeDeprecated"] = true };

        var fields = (IEnumerable<OutputField>)(await FakeResolverContext.Resolve(schema, "__Type", "fields", query))!;
        Assert.Equal(["a"], fields.Select(f => f.Name));
        var all = (IEnumerable<OutputField>)(await FakeResolverContext.Resolve(schema, "__Type", "fields", query, withDeprecated))!;
        Assert.Equal(["a", "b"], all.Select(f => f.Name));
        Assert.Equal(TypeKind.Object, await FakeResolverContext.Resolve(schema, "__Type", "kind", query));
        Assert.Equal("OBJECT", ((EnumType)schema.GetType("__TypeKind")!).Serialize(TypeKind.Object));
        Assert.Equal("1", await FakeResolverContext.Resolve(schema, "__InputValue", "defaultValue", query.Fields["a"].Arguments["x"]));
        Assert.Equal("No.", await FakeResolverContext.Resolve(schema, "__Field", "deprecationReason", query.Fields["b"]));
        var values = (IEnumerable<EnumValue>)(await FakeResolverContext.Resolve(schema, "__Type", "enumValues", schema.GetType("E")))!;
        Assert.Equal(["ONE"], values.Select(v => v.Name));
        Assert.Null(await FakeResolverContext.Resolve(schema, "__Type", "fields", schema.GetType("E")));
        var directive = schema.GetDirective("d")!;
        Assert.Equal(true, await FakeResolverContext.Resolve(schema, "__Directive", "isRepeatable", directive));
        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "d"], schema.Directives.Select(d => d.Name));
    }

    [Fact]
    public async Task MetaFieldsResolveAgainstTheSchema()
    {
        var schema = TestSchemas.Build(Sdl);
        var query = schema.QueryType;

        Assert.Same(schema, await Schema.SchemaField.Resolver!(new FakeResolverContext(schema, query, Schema.SchemaField, null)));
        var args = new Dictionary<string, object?> { ["name"] = "Thing" };
        Assert.Same(schema.GetType("Thing"), await Schema.TypeField.Resolver!(new FakeResolverContext(schema, query, Schema.TypeField, null, args)));
        Assert.Equal("Query", await Schema.TypeNameField.Resolver!(new FakeResolverContext(schema, query, Schema.TypeNameField, null)));
    }
}
