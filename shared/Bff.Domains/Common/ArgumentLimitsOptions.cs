namespace Bff.Domains.Common;

/// <summary>The limits of <see cref="ArgumentLimits"/>, by the coordinate of the field as composed.</summary>
internal sealed class ArgumentLimitsOptions
{
    public Dictionary<(string Type, string Field, string Argument), int> Maxima { get; } = [];
}
