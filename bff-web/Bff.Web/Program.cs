using Bff.Domains;
using Bff.Domains.Common;
using Bff.ServiceDefaults;
using Bff.Web.Hosting;
using Bff.Web.Pages;

var builder = WebApplication.CreateBuilder(args);

// Serilog, OpenTelemetry, the Redis connection, health, JWT bearer, forwarded headers, rate limiting, request budget.
builder.AddServiceDefaults();

// The nine typed backend clients (Backends:{Backend}:BaseUrl) and the two-level cache (Caching, Redis).
builder.Services.AddWebBackendClients();
builder.Services.AddWebCache();

// Cross-origin calls from the SPA's configured origins only (Cors:AllowedOrigins), validated at start-up.
builder.Services.AddWebCors();

// GraphQL: every domain module, notificationAdded (live, over SSE or WebSocket; tokens checked at connect), the web pages, the SPA's renames and removals, Banana Cake Pop on /graphql, APQ
// (shared through Redis when it is configured).
builder.Services.AddGraphQLServer()
    .AddAllDomainModules()
    .AddNotificationAddedSubscription()
    .AddWebSocketConnectHandler<BearerTokenConnectHandler>()
    .AddSubscriptionLimits()
    .AddWebPages()
    .AddWebShaping()
    .AddWebIde()
    .AddWebPersistedQueries(builder.Configuration);

var app = builder.Build();

// CORS first, so that every answer the SPA can get (a 401 for a bad token, a 429) is readable by it.
app.UseWebCors();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapGraphQL();
app.Run();
