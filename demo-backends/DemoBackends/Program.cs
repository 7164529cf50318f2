using DemoBackends.Hosting;

// Each demo service is its own WebApplication on its own port; one process hosts all of them,
// or the subset named by --services (docker-compose runs one container per service).
var startup = StartupConfiguration.From(args);
var services = ServiceSelection.From(startup);
ProductIdsSetting.Apply(startup);

// The data is generated once, from a fixed seed, before any port opens.
DemoHost.WarmUp(services);

var apps = services.Select(service => DemoHost.Build(service, args)).ToList();

await DemoHost.RunAllAsync(apps);
