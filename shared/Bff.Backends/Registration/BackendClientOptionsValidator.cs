using Microsoft.Extensions.Options;

namespace Bff.Backends.Registration;

/// <summary>Fails start-up with the full configuration key in the message, so a bad setting is found in seconds.</summary>
internal sealed class BackendClientOptionsValidator<TOptions>(string section) : IValidateOptions<TOptions>
    where TOptions : BackendClientOptions
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string>? failures = null;
        if (options.BaseUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            (failures ??= []).Add($"{section}:BaseUrl must be an absolute http or https URL (got '{options.BaseUrl}').");
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            (failures ??= []).Add($"{section}:Timeout must be positive (got '{options.Timeout}').");
        }

        foreach (var load in new Action[]
        {
            () => BackendCertificates.LoadClientCertificate(options.ClientCertificate, section)?.Dispose(),
            () => BackendCertificates.LoadServerCa(options.ServerCertificate, section)?.Dispose(),
        })
        {
            try
            {
                load();
            }
            catch (InvalidOperationException ex)
            {
                (failures ??= []).Add(ex.Message);
            }
        }

        return failures is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
