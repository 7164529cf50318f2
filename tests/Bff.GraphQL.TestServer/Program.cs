using Bff.GraphQL.TestServer;

var builder = WebApplication.CreateBuilder(args);

// The catalog (data.json) and the probes tests read: DataLoader batches, cancelled resolvers.
builder.Services.AddTestCatalog();

// The test schema (Schema/schema.graphql) with its resolvers, scalars and DataLoader.
builder.Services.AddGraphQLServer().AddTestSchema();

var app = builder.Build();
app.MapGraphQL();
app.Run();

/// <summary>The entry point, visible to <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
