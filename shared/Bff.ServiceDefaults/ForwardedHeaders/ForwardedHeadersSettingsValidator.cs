using System.Net;
using Microsoft.Extensions.Options;

namespace Bff.ServiceDefaults.ForwardedHeaders;

internal sealed class ForwardedHeadersSettingsValidator : IValidateOptions<ForwardedHeadersSettings>
{
    public ValidateOptionsResult Validate(string? name, ForwardedHeadersSettings options)
    {
        const string Section = ForwardedHeadersSettings.SectionName;
        var errors = new List<string>();
        errors.AddRange(options.KnownProxies.Where(p => !IPAddress.TryParse(p, out _))
            .Select(p => $"{Section}:KnownProxies has '{p}', which is not an IP address."));
        errors.AddRange(options.KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _))
            .Select(n => $"{Section}:KnownNetworks has '{n}', which is not a network in CIDR notation such as 10.0.0.0/24."));
        if (options.ForwardLimit < 1)
        {
            errors.Add($"{Section}:ForwardLimit must be at least 1.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
