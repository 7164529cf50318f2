using Microsoft.Extensions.Options;
using Serilog.Parsing;

namespace Bff.ServiceDefaults.Logging;

internal sealed class BffLoggingOptionsValidator : IValidateOptions<BffLoggingOptions>
{
    public ValidateOptionsResult Validate(string? name, BffLoggingOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.TextTemplate))
        {
            return ValidateOptionsResult.Fail($"{BffLoggingOptions.SectionName}:TextTemplate must not be empty.");
        }

        // A template Serilog cannot parse renders as literal text, silently losing the message; say so at start-up.
        var parsed = new MessageTemplateParser().Parse(options.TextTemplate);
        if (!parsed.Tokens.OfType<PropertyToken>().Any(t => t.PropertyName == "Message"))
        {
            return ValidateOptionsResult.Fail($"{BffLoggingOptions.SectionName}:TextTemplate must contain {{Message}}.");
        }

        foreach (var (prefix, _) in options.MinimumLevel.Override)
        {
            if (string.IsNullOrWhiteSpace(prefix))
            {
                return ValidateOptionsResult.Fail($"{BffLoggingOptions.SectionName}:MinimumLevel:Override has an empty category.");
            }
        }

        return ValidateOptionsResult.Success;
    }
}
