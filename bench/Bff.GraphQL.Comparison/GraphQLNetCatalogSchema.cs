using System.Globalization;
using Bff.GraphQL.Benchmarks.Catalog;
using GraphQL;
using GraphQL.Resolvers;
using NetSchema = GraphQL.Types.Schema;

namespace Bff.GraphQL.Comparison;

/// <summary>
/// The catalog schema in GraphQL.NET, schema-first from the same <c>catalog.graphql</c>, with the resolvers
/// <see cref="CatalogSchema"/> gives our engine: <c>Query.products</c> and <c>Product.reviews</c> slice by
/// <c>first</c>, <c>Money.formatted</c> is "9.99 EUR"; every other field reads the property of the same name.
/// </summary>
/// <remarks>
/// The property reads are GraphQL.NET's default resolver (<c>NameFieldResolver</c>: a compiled getter cached per CLR
/// type and field name). Mapping the CLR records with <c>Types.Include&lt;Product&gt;()</c> would bind the getters at
/// build time instead, but then <c>Product.reviews</c> becomes a read of the <c>Reviews</c> property, replacing the
/// resolver given here, and <c>first</c> would be ignored.
/// </remarks>
internal static class GraphQLNetCatalogSchema
{
    public static NetSchema Create(Product[] products)
    {
        var schema = NetSchema.For(CatalogFiles.Sdl, builder =>
        {
            builder.Types.For("Query").FieldFor("products").Resolver = new FuncFieldResolver<Product[]>(
                ctx => products.Take(ctx.GetArgument<int>("first")).ToArray());
            builder.Types.For("Product").FieldFor("reviews").Resolver = new FuncFieldResolver<Product, Review[]>(
                ctx => ctx.Source.Reviews.Take(ctx.GetArgument<int>("first")).ToArray());
            builder.Types.For("Money").FieldFor("formatted").Resolver = new FuncFieldResolver<Money, string>(
                ctx => ctx.Source.Amount.ToString("F2", CultureInfo.InvariantCulture) + " " + ctx.Source.Currency);
        });
        schema.Initialize();
        return schema;
    }
}
