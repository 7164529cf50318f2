using Bff.Mobile.Hosting;
using Bff.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

// Logging, telemetry, health, JWT, forwarded headers, rate limits, the 5 s request budget, the Redis connection.
builder.AddServiceDefaults();

// The typed clients of the backends the screens read, and the two-level cache over Redis.
builder.Services.AddMobileBackends();

// Brotli, else gzip.
builder.Services.AddMobileCompression();

// GraphQL: the domain modules, the mobile shaping, the app's persisted operations, HTTP caching.
builder.AddMobileGraphQL();

var app = builder.Build();

app.UseResponseCompression();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapGraphQL();

app.Run();
