using System.Diagnostics.Metrics;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Deploy.Tests.Support;

/// <summary>
/// The instruments our own code declares, including those a short run records nothing on (a counter of stale values
/// served): every class of the shared libraries that takes an <see cref="IMeterFactory"/> is constructed, and a
/// <see cref="MeterListener"/> sees each instrument it creates, with its name, unit and kind.
/// </summary>
public static class CodeInstruments
{
    /// <summary>Every instrument created by the shared libraries' meter-using classes.</summary>
    public static IReadOnlyList<(string Meter, string Name, string Unit, MetricKind Kind)> All { get; } = Collect();

    private static List<(string, string, string, MetricKind)> Collect()
    {
        var found = new List<(string, string, string, MetricKind)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, _) =>
        {
            lock (found)
            {
                found.Add((instrument.Meter.Name, instrument.Name, instrument.Unit ?? "", KindOf(instrument)));
            }
        };
        listener.Start();
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var assemblies = new[]
        {
            typeof(Bff.ServiceDefaults.Telemetry.BffTelemetry).Assembly, typeof(Bff.Caching.CachingOptions).Assembly,
            typeof(Bff.Resilience.BackendResilienceOptions).Assembly, typeof(Bff.Backends.Registration.BackendClientOptions).Assembly,
            typeof(Bff.Domains.DomainModules).Assembly, typeof(Bff.GraphQL.Server.GraphQLServerBuilder).Assembly,
        };
        var meterUsers = assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false }
                && t.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(IMeterFactory))));
        foreach (var type in meterUsers)
        {
            ActivatorUtilities.CreateInstance(services, type);
        }

        return found;
    }

    private static MetricKind KindOf(Instrument instrument)
    {
        var definition = instrument.GetType().GetGenericTypeDefinition();
        return definition == typeof(Counter<>) || definition == typeof(ObservableCounter<>) ? MetricKind.Counter
            : definition == typeof(UpDownCounter<>) || definition == typeof(ObservableUpDownCounter<>) ? MetricKind.UpDownCounter
            : definition == typeof(Histogram<>) ? MetricKind.Histogram
            : definition == typeof(Gauge<>) || definition == typeof(ObservableGauge<>) ? MetricKind.Gauge
            : MetricKind.Other;
    }
}
