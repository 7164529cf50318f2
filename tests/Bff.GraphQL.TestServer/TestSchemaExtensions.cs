using System.Reflection;
using Bff.GraphQL.Server;
using Bff.GraphQL.TestServer.Catalog;
using Bff.GraphQL.TestServer.Resolvers;
using Bff.GraphQL.TestServer.Scalars;

namespace Bff.GraphQL.TestServer;

/// <summary>Registers the test schema and its data.</summary>
public static class TestSchemaExtensions
{
    /// <summary>The SDL of Schema/schema.graphql.</summary>
    public static string Sdl { get; } = ReadSdl();

    /// <summary>The catalog and the probes, one of each per server.</summary>
    public static IServiceCollection AddTestCatalog(this IServiceCollection services)
    {
        services.AddSingleton<CatalogStore>();
        services.AddSingleton<TestProbes>();
        return services;
    }

    /// <summary>The schema of Schema/schema.graphql with its scalars, bindings and resolvers.</summary>
    public static GraphQLServerBuilder AddTestSchema(this GraphQLServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder
            .AddDocumentFromString(Sdl)
            .AddScalar(DateTimeScalar.Create())
            .AddScalar(MoneyScalar.Create())
            .BindRuntimeType<CategoryRecord>("Category")
            .BindRuntimeType<ProductRecord>("Product")
            .BindRuntimeType<UserRecord>("User")
            .BindRuntimeType<ReviewRecord>("Review")
            .BindRuntimeType<HolderRecord>("Holder")
            .ConfigureSchema(b => b.BindEnum<ProductStatus>("ProductStatus").BindEnum<Role>("Role"));
        QueryResolvers.Register(builder);
        ObjectResolvers.Register(builder);
        MutationResolvers.Register(builder);
        return builder;
    }

    private static string ReadSdl()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("schema.graphql")
            ?? throw new InvalidOperationException("schema.graphql is not embedded in the test server.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
