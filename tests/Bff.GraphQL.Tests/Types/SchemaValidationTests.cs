using Bff.GraphQL.Types;

namespace Bff.GraphQL.Tests.Types;

public sealed class SchemaValidationTests
{
    [Fact]
    public void ValidSchemaWithInterfacesUnionsAndInputsPassesValidation()
    {
        var schema = TestSchemas.Build("""
            interface Node { id: ID! }
            interface Entity implements Node { id: ID! name(locale: String): String }
            type Product implements Entity & Node {
              id: ID!
              name(locale: String, fallback: Boolean = true): String!
              related: [Product!]
            }
            union Result = Product
            input Filter { self: Filter  items: [Filter!]!  name: String = "x" @deprecated }
            enum Sort { ASC DESC }
            type Query { search(filter: Filter, sort: Sort = ASC): [Result] node: Node }
            """);

        Assert.True(schema.IsPossibleType(schema.GetType("Node")!, (ObjectType)schema.GetType("Product")!));
        Assert.Equal(["Product"], schema.GetPossibleTypes(schema.GetType("Entity")!).Select(t => t.Name));
    }

    [Fact]
    public void RootTypesMustBeObjectTypes()
    {
        var errors = TestSchemas.Errors("""
            schema { query: Q mutation: M }
            input Q { a: Int }
            interface M { a: Int }
            """);

        Assert.Equal(
            [
                "Query root type must be Object type, it cannot be Q.",
                "Mutation root type must be Object type if provided, it cannot be M.",
            ],
            errors);
    }

    [Fact]
    public void NamesMustNotBeginWithTwoUnderscores()
    {
        var errors = TestSchemas.Errors("""
            type Query { __a: Int b(__x: Int): Int }
            type __Bad { a: Int }
            enum E { __V }
            input I { __f: Int }
            directive @__d on FIELD
            """);

        Assert.Equal(
            [
                "Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                "Name \"__x\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                "Name \"__Bad\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                "Name \"__V\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                "Name \"__f\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            ],
            errors);
    }

    [Fact]
    public void FieldsMustBeOutputTypesAndArgumentsInputTypes()
    {
        var errors = TestSchemas.Errors("""
            type Query { a: In b(x: Query, y: Int! @deprecated): Int }
            input In { a: Int }
            type Empty
            """);

        Assert.Equal(
            [
                "The type of Query.a must be Output Type but got: In.",
                "The type of Query.b(x:) must be Input Type but got: Query.",
                "Required argument Query.b(y:) cannot be deprecated.",
                "Type Empty must define one or more fields.",
            ],
            errors);
    }

    [Fact]
    public void ImplementationsMustProvideInterfaceFieldsWithCompatibleTypesAndArguments()
    {
        var errors = TestSchemas.Errors("""
            type Query { n: Node }
            interface Node { id: ID! name(locale: String): String tags: [String] }
            type A implements Node {
              name(locale: Int, extra: Int!): String
              tags: String
            }
            """);

        Assert.Equal(
            [
                "Interface field Node.id expected but A does not provide it.",
                "Interface field argument Node.name(locale:) expects type String but A.name(locale:) is type Int.",
                "Object field A.name includes required argument extra that is missing from the Interface field Node.name.",
                "Interface field Node.tags expects type [String] but A.tags is type String.",
            ],
            errors);
    }

    [Fact]
    public void ImplementationsMustDeclareTransitiveInterfacesAndNotFormCycles()
    {
        var errors = TestSchemas.Errors("""
            type Query { a: A }
            interface Base { id: ID }
            interface Mid implements Base { id: ID }
            type A implements Mid & Mid { id: ID }
            interface Self implements Self { id: ID }
            interface X implements Y { id: ID }
            interface Y implements X { id: ID }
            type B implements Query { a: A }
            """);

        Assert.Equal(
            [
                "Type A must implement Base because it is implemented by Mid.",
                "Type A can only implement Mid once.",
                "Type Self cannot implement itself because it would create a circular reference.",
                "Type X cannot implement Y because it would create a circular reference.",
                "Type Y cannot implement X because it would create a circular reference.",
                "Type B must only implement Interface types, it cannot implement Query.",
            ],
            errors.OrderBy(e => e.StartsWith("Type B", StringComparison.Ordinal)));
    }

    [Fact]
    public void UnionsNeedObjectMembersOnceEach()
    {
        var errors = TestSchemas.Errors("""
            type Query { a: U }
            union U = Query | Query | I
            union Empty
            interface I { a: Int }
            """);

        Assert.Equal(
            [
                "Union type U can only include Object types, it cannot include I.",
                "Union type U can only include type Query once.",
                "Union type Empty must define one or more member types.",
            ],
            errors);
    }

    [Fact]
    public void EnumsAndInputObjectsNeedMembers()
    {
        var errors = TestSchemas.Errors("""
            type Query { a: Int }
            enum E
            input I
            input J { a: Query b: Int! @deprecated(reason: "gone") c: Int! = 1 @deprecated }
            """);

        Assert.Equal(
            [
                "Enum type E must define one or more values.",
                "Input Object type I must define one or more fields.",
                "The type of J.a must be Input Type but got: Query.",
                "Required input field J.b cannot be deprecated.",
            ],
            errors);
    }

    [Fact]
    public void InputObjectsMustNotReferenceThemselvesThroughNonNullFields()
    {
        var errors = TestSchemas.Errors("""
            type Query { a(x: A): Int }
            input A { b: B! ok: A }
            input B { c: C! }
            input C { a: A! list: [C!]! }
            input Self { me: Self! }
            """);

        Assert.Equal(
            [
                "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.c.a\".",
                "Cannot reference Input Object \"Self\" within itself through a series of non-null fields: \"me\".",
            ],
            errors);
    }

    [Fact]
    public void DirectiveDefinitionsNeedInputArguments()
    {
        var errors = TestSchemas.Errors("""
            type Query { a: Int }
            directive @d(a: Query, b: Int! @deprecated) on FIELD
            """);

        Assert.Equal(
            [
                "The type of @d(a:) must be Input Type but got: Query.",
                "Required argument @d(b:) cannot be deprecated.",
            ],
            errors);
    }

    [Fact]
    public void AppliedDirectivesMustExistFitTheirLocationAndRepeatOnlyWhenRepeatable()
    {
        var errors = TestSchemas.Errors("""
            directive @once on OBJECT
            directive @many repeatable on OBJECT
            directive @needs(x: Int!) on FIELD_DEFINITION
            type Query @once @once @many @many @unknown {
              a: Int @once @needs
              b: Int @needs(x: "no", y: 1) @deprecated(reason: 3)
            }
            """);

        Assert.Equal(
            [
                "The directive \"@once\" can only be used once at this location.",
                "Unknown directive \"@unknown\".",
                "Directive \"@once\" may not be used on FIELD_DEFINITION.",
                "Directive \"@needs\" argument \"x\" of type \"Int!\" is required, but it was not provided.",
                "Directive \"@needs\" argument \"x\" has an invalid value: Int cannot represent non-integer value: \"no\"",
                "Unknown argument \"y\" on directive \"@needs\".",
                "Directive \"@deprecated\" argument \"reason\" has an invalid value: String cannot represent a non string value: 3",
            ],
            errors);
    }

    [Fact]
    public void InvalidDefaultValuesAreReported()
    {
        var errors = TestSchemas.Errors("""
            type Query { a(x: Int = "one", y: [Int] = [1, 2.5], z: Sort = UP): Int }
            enum Sort { ASC }
            """);

        Assert.Equal(
            [
                "Query.a(x:) has invalid default value \"one\": Int cannot represent non-integer value: \"one\"",
                "Query.a(y:) has invalid default value [1, 2.5]: Int cannot represent non-integer value: 2.5",
                "Query.a(z:) has invalid default value UP: Value \"UP\" does not exist in \"Sort\" enum.",
            ],
            errors);
    }

    [Fact]
    public void SchemaExceptionMessageListsEveryProblemWithItsCoordinate()
    {
        var exception = Assert.Throws<SchemaException>(() => TestSchemas.Build("""
            type Query { a: Int @nope }
            enum E
            """));

        Assert.Equal(
            "The schema is invalid (2 problems):\n - Enum type E must define one or more values.\n - Unknown directive \"@nope\". (at Query.a)",
            exception.Message);
    }
}
