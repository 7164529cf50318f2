// Two routes for bench/results/http.md, measured back to back with wrk (bench/wrk/graphql-typename.sh):
// POST /graphql runs `{ __typename }` through the engine; POST /bare answers the same JSON from a minimal API.
var builder = WebApplication.CreateBuilder(args);

// Kestrel alone on loopback, no logging: the probe measures request handling, not console output.
builder.Logging.ClearProviders();
builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://127.0.0.1:5090");

// The smallest schema: the query under test only asks for __typename.
builder.Services.AddGraphQLServer()
    .AddDocumentFromString("type Query { hello: String }")
    .AddResolver("Query", "hello", _ => "world");

var app = builder.Build();
app.MapGraphQL();
app.MapPost("/bare", () => Results.Text("""{"data":{"__typename":"Query"}}""", "application/json; charset=utf-8"));
app.Run();
