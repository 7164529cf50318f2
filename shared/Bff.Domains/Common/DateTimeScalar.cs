using System.Globalization;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.Domains.Common;

/// <summary><c>DateTime</c>: an instant in UTC written as ISO 8601 with milliseconds, <c>2024-01-15T10:30:00.000Z</c>.</summary>
internal static class DateTimeScalar
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
    private const string Expected = "DateTime must be an ISO 8601 instant in UTC, like 2024-01-15T10:30:00.000Z.";

    public static ScalarType Create() => new(
        "DateTime",
        Serialize,
        Parse,
        (literal, _) => literal is StringValueNode text ? Parse(text.Value) : throw new GraphQLCoercionException(Expected));

    private static object Serialize(object value) => value switch
    {
        DateTimeOffset instant => instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture),
        DateTime instant => instant.ToUniversalTime().ToString(Format, CultureInfo.InvariantCulture),
        _ => throw new GraphQLCoercionException("DateTime cannot represent a value that is not an instant."),
    };

    private static object Parse(object value) =>
        value is string text && text.EndsWith('Z')
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var instant)
            ? instant
            : throw new GraphQLCoercionException(Expected);
}
