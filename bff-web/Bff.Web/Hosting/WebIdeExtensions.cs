using Bff.GraphQL.Server;

namespace Bff.Web.Hosting;

/// <summary>Banana Cake Pop on <c>/graphql</c>, served by the BFF itself and usable offline.</summary>
internal static class WebIdeExtensions
{
    public static GraphQLServerBuilder AddWebIde(this GraphQLServerBuilder builder) => builder
        .AddBananaCakePop(o =>
        {
            o.Title = "Web BFF";
            o.Document = "{ productPage(id: \"1\") { product { name } price { amount currency } } }";
        })
        // Introspection stays on in every environment (see README): the IDE needs the schema, and the web contract
        // is public anyway (it ships in the SPA's bundle and is committed as schema.graphql); the validation limits
        // bound what an introspection query costs.
        .AllowIntrospection();
}
