using System.Text;

namespace Bff.GraphQL.Types;

/// <summary>Spec spellings (<c>FIELD_DEFINITION</c>, <c>INPUT_OBJECT</c>) of <see cref="DirectiveLocation"/> and <see cref="TypeKind"/>.</summary>
public static class SpecNames
{
    private static readonly Dictionary<string, DirectiveLocation> Locations = Enum.GetValues<DirectiveLocation>()
        .Where(l => l != DirectiveLocation.None)
        .ToDictionary(l => ToScreamingCase(l.ToString()), StringComparer.Ordinal);

    /// <summary>The spec name of a single location, e.g. <c>FIELD_DEFINITION</c>.</summary>
    public static string Of(DirectiveLocation location) => ToScreamingCase(location.ToString());

    /// <summary>The spec name of a kind, e.g. <c>INPUT_OBJECT</c>.</summary>
    public static string Of(TypeKind kind) => ToScreamingCase(kind.ToString());

    /// <summary>Parses a spec location name; false for anything else.</summary>
    public static bool TryParseLocation(string name, out DirectiveLocation location) =>
        Locations.TryGetValue(name, out location);

    /// <summary>
    /// <c>FieldDefinition</c> → <c>FIELD_DEFINITION</c>. Also used to match SCREAMING_CASE enum values to PascalCase
    /// CLR members after removing underscores.
    /// </summary>
    internal static string ToScreamingCase(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]) && !char.IsUpper(pascal[i - 1]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(pascal[i]));
        }

        return builder.ToString();
    }
}
