using System.Globalization;
using System.Text.RegularExpressions;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.TestServer.Scalars;

/// <summary>
/// <c>DateTime</c>: UTC instants as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>, the shape JavaScript's <c>toISOString</c>
/// writes, so that the graphql-js twin of this scalar answers byte for byte the same.
/// </summary>
internal static partial class DateTimeScalar
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
    private const string Expected = "DateTime must be a string like 2024-01-15T10:30:00.000Z.";

    public static ScalarType Create() => new(
        "DateTime",
        Serialize,
        ParseValue,
        (literal, _) => literal is StringValueNode text ? ParseValue(text.Value) : throw new GraphQLCoercionException(Expected));

    private static object Serialize(object value) => value switch
    {
        DateTimeOffset instant => instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture),
        DateTime instant => instant.ToUniversalTime().ToString(Format, CultureInfo.InvariantCulture),
        _ => throw new GraphQLCoercionException("DateTime cannot represent a value that is not a date."),
    };

    private static object ParseValue(object value)
    {
        if (value is not string text)
        {
            throw new GraphQLCoercionException(Expected);
        }

        if (!IsoInstant().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            throw new GraphQLCoercionException($"DateTime cannot represent an invalid date-time string: \"{text}\".");
        }

        return instant.ToUniversalTime();
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoInstant();
}
