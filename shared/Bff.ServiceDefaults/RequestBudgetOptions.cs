using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bff.ServiceDefaults;

/// <summary>
/// The time every request has in all, bound from <c>Resilience</c>: backend calls and retries stop when it is spent.
/// Always on: a request without a budget could hold a connection for as long as its slowest backend.
/// </summary>
public sealed class RequestBudgetOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Resilience";

    /// <summary>The configuration key of <see cref="RequestBudget"/>.</summary>
    public const string Key = SectionName + ":RequestBudget";

    /// <summary>Longest accepted budget; anything longer is a typo rather than a plan.</summary>
    public static readonly TimeSpan Maximum = TimeSpan.FromMinutes(10);

    /// <summary>The budget of one request; positive, at most 10 minutes.</summary>
    public TimeSpan RequestBudget { get; set; } = TimeSpan.FromSeconds(10);

    internal static void Register(IServiceCollection services) =>
        services.AddOptions<RequestBudgetOptions>()
            .BindConfiguration(SectionName)
            .Validate(o => o.RequestBudget > TimeSpan.Zero && o.RequestBudget <= Maximum, $"{Key} must be a positive time span of at most 00:10:00, such as 00:00:10.")
            .ValidateOnStart();
}
