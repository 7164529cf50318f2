using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace Bff.Mobile.Screens;

/// <summary>What the home screen shows (section <c>Mobile:Home</c>).</summary>
internal sealed partial class HomeScreenOptions : IValidatableObject
{
    public const string SectionName = "Mobile:Home";
    public const int MaxFeatured = 20;

    /// <summary>Product ids ("1".."5000") of the featured row, in order; 1 to 20 of them.</summary>
    public IList<string> FeaturedProductIds { get; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (FeaturedProductIds.Count is 0 or > MaxFeatured)
        {
            yield return new ValidationResult($"{SectionName}:FeaturedProductIds must list 1 to {MaxFeatured} product ids.");
        }

        foreach (var id in FeaturedProductIds.Where(id => !ProductId().IsMatch(id ?? "")))
        {
            yield return new ValidationResult($"{SectionName}:FeaturedProductIds has \"{id}\", which is not a product id (1..5000).");
        }
    }

    [GeneratedRegex(@"\A(?:[1-9][0-9]{0,2}|[1-4][0-9]{3}|5000)\z")]
    private static partial Regex ProductId();
}
