using Bff.GraphQL.Types;
using Bff.GraphQL.Validation;

namespace Bff.GraphQL.Tests.Validation;

/// <summary>The operational limits of <see cref="ValidationOptions"/>: depth, fields, aliases, cost, introspection.</summary>
public sealed class OperationLimitsTests
{
    private static readonly ValidationOptions NoLimits = ValidationOptions.SpecOnly;

    private static string Single(string source, ValidationOptions options, string code, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var result = Expect.Run(source, options, variables: variables);
        var error = Assert.Single(result.Errors);
        Assert.Equal(code, error.Code);
        return Expect.Render(error);
    }

    [Fact]
    public void DepthCountsNestedFieldsThroughFragments()
    {
        const string source = "query Deep { human(id: 1) { ...F } }\nfragment F on Human { friends { friends { name } } }";
        Assert.True(Expect.Run(source, NoLimits with { MaxDepth = 4 }).IsValid);
        Assert.Equal(
            "Operation \"Deep\" has a depth of 4, more than the maximum of 3. @ 1:1",
            Single(source, NoLimits with { MaxDepth = 3 }, ValidationErrorCodes.MaxDepthExceeded));
    }

    [Fact]
    public void FieldsAreCountedOncePerFragment()
    {
        const string source = "{ dog { ...F ...F name } cat { ...G } }\nfragment F on Dog { barks legs }\nfragment G on Cat { name }";
        Assert.True(Expect.Run(source, NoLimits with { MaxFields = 6 }).IsValid);
        Assert.Equal(
            "The operation selects 6 fields, more than the maximum of 5. @ 1:1",
            Single(source, NoLimits with { MaxFields = 5 }, ValidationErrorCodes.MaxFieldsExceeded));
    }

    [Fact]
    public void AliasesAreCounted()
    {
        const string source = "{ a: dog { b: name c: barks } cat { name } }";
        Assert.True(Expect.Run(source, NoLimits with { MaxAliases = 3 }).IsValid);
        Assert.Equal(
            "The operation uses 3 aliases, more than the maximum of 2. @ 1:1",
            Single(source, NoLimits with { MaxAliases = 2 }, ValidationErrorCodes.MaxAliasesExceeded));
    }

    [Fact]
    public void ListFieldsMultiplyTheCostOfTheirSelectionsAndCostWeightsApply()
    {
        // humans: 1 + 5 × (name 1 + friends (1 + 10 × (name 1 + iq 5))) = 311
        const string source = "{ humans(first: 5) { name friends { name iq } } }";
        Assert.True(Expect.Run(source, NoLimits with { MaxCost = 311 }).IsValid);
        Assert.Equal(
            "The operation has an estimated cost of 311, more than the maximum of 310. @ 1:1",
            Single(source, NoLimits with { MaxCost = 310 }, ValidationErrorCodes.MaxCostExceeded));
    }

    [Fact]
    public void TheVerdictRemembersWhetherAVariableGaveAListSize()
    {
        var options = NoLimits with { MaxCost = 1_000 };

        Assert.True(Expect.Run("query($n: Int) { humans(limit: $n) { name } }", options).CostDependsOnVariables);
        Assert.True(Expect.Run("query($n: Int = 3) { humans(limit: $n) { name } }", options).CostDependsOnVariables);
        Assert.False(Expect.Run("query($skip: Boolean!) { humans(limit: 3) { name @skip(if: $skip) } }", options).CostDependsOnVariables);
        Assert.False(Expect.Run("{ humans { name } }", options).CostDependsOnVariables);
    }

    [Fact]
    public void ListSizesComeFromVariablesTheirDefaultsOrArgumentDefaults()
    {
        var options = NoLimits with { MaxCost = 50 };
        const string source = "query Q($n: Int = 100) { humans(limit: $n) { name } }";
        Assert.Equal(
            "Operation \"Q\" has an estimated cost of 101, more than the maximum of 50. @ 1:1",
            Single(source, options, ValidationErrorCodes.MaxCostExceeded));
        Assert.True(Expect.Run(source, options, variables: new Dictionary<string, object?> { ["n"] = 49 }).IsValid);
        Assert.Equal(
            "Operation \"Q\" has an estimated cost of 51, more than the maximum of 50. @ 1:1",
            Single(source, options, ValidationErrorCodes.MaxCostExceeded, new Dictionary<string, object?> { ["n"] = 50L }));

        // search(limit: Int = 5): 1 + 5 × 1
        Assert.True(Expect.Run("{ search(text: \"x\") { __typename } }", NoLimits with { MaxCost = 6 }).IsValid);
        Assert.False(Expect.Run("{ search(text: \"x\") { __typename } }", NoLimits with { MaxCost = 5 }).IsValid);
    }

    [Fact]
    public void ListsWithoutSizeArgumentsUseTheDefaultListSize()
    {
        // animals: 1 + 7 × legs 1
        Assert.True(Expect.Run("{ animals { legs } }", NoLimits with { MaxCost = 8, DefaultListSize = 7 }).IsValid);
        Assert.False(Expect.Run("{ animals { legs } }", NoLimits with { MaxCost = 7, DefaultListSize = 7 }).IsValid);
    }

    [Fact]
    public void AListFetchedByKeysCostsOneItemPerKeyWhenThatIsMoreThanTheDefault()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("type Query { products(ids: [ID!]!): [Product] } type Product { name: String }")
            .ModifyOptions(o => o.StrictResolvers = false)
            .Create();
        var options = NoLimits with { MaxCost = 100, DefaultListSize = 10 };
        var hundred = string.Join(", ", Enumerable.Range(1, 100).Select(i => $"\"{i}\""));

        // products: 1 + 100 × name 1, from the literal list and from a variable's value alike.
        Assert.False(Expect.Run($"{{ products(ids: [{hundred}]) {{ name }} }}", options, schema).IsValid);
        var variables = new Dictionary<string, object?> { ["ids"] = Enumerable.Range(1, 100).Select(i => (object?)i.ToString()).ToList() };
        Assert.False(Expect.Run("query($ids: [ID!]!) { products(ids: $ids) { name } }", options, schema, variables).IsValid);
        Assert.True(Expect.Run("query($ids: [ID!]!) { products(ids: $ids) { name } }", options with { MaxCost = 101 }, schema, variables).IsValid);

        // Fewer keys than the default still cost the default: 1 + 10 × 1.
        Assert.True(Expect.Run("{ products(ids: [\"1\"]) { name } }", NoLimits with { MaxCost = 11 }, schema).IsValid);
        Assert.False(Expect.Run("{ products(ids: [\"1\"]) { name } }", NoLimits with { MaxCost = 10 }, schema).IsValid);
    }

    [Fact]
    public void DisabledIntrospectionRejectsSchemaAndTypeButNotTypename()
    {
        var result = Expect.Run(
            "{ __schema { queryType { name } } __type(name: \"Dog\") { name } dog { __typename } }",
            NoLimits with { AllowIntrospection = false });
        Assert.Equal(
            ["Introspection is disabled. @ 1:3", "Introspection is disabled. @ 1:35"],
            result.Errors.Select(Expect.Render));
        Assert.All(result.Errors, e => Assert.Equal(ValidationErrorCodes.IntrospectionDisabled, e.Code));
    }

    [Fact]
    public void TheStandardIntrospectionQueryPassesTheDefaultLimits()
    {
        var source = File.ReadAllText(Path.Combine(Path.GetDirectoryName(ValidationTestSchema.SdlPath)!, "introspection-query.graphql"));
        var result = Expect.Run(source, ValidationOptions.Default);
        Assert.True(result.IsValid, string.Join("\n", result.Errors.Select(Expect.Render)));
    }

    [Fact]
    public void LimitsCanAllBeSwitchedOff()
    {
        var deep = "{ human(id: 1) { " + string.Concat(Enumerable.Repeat("friends { ", 30)) + "name" + new string('}', 31) + " }";
        Assert.False(Expect.Run(deep, ValidationOptions.Default).IsValid);
        Assert.True(Expect.Run(deep, ValidationOptions.SpecOnly).IsValid);
    }
}
