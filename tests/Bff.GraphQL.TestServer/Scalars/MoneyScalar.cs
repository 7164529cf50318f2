using System.Globalization;
using System.Text.RegularExpressions;
using Bff.GraphQL.Language;
using Bff.GraphQL.TestServer.Catalog;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.TestServer.Scalars;

/// <summary><c>Money</c>: an amount and its currency as one string, <c>"12.50 EUR"</c>; cents keep it exact.</summary>
internal static partial class MoneyScalar
{
    private const string Expected = "Money must be a string like \"12.50 EUR\".";

    public static ScalarType Create() => new(
        "Money",
        Serialize,
        ParseValue,
        (literal, _) => literal is StringValueNode text ? ParseValue(text.Value) : throw new GraphQLCoercionException(Expected));

    private static object Serialize(object value) => value is Money money
        ? $"{money.Cents / 100}.{money.Cents % 100:00} {money.Currency}"
        : throw new GraphQLCoercionException("Money cannot represent a value that is not money.");

    private static object ParseValue(object value)
    {
        var match = value is string text ? Amount().Match(text) : null;
        if (match is not { Success: true })
        {
            throw new GraphQLCoercionException(Expected);
        }

        var units = long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var cents = long.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return new Money((units * 100) + cents, match.Groups[3].Value);
    }

    [GeneratedRegex(@"^(\d{1,12})\.(\d{2}) ([A-Z]{3})$", RegexOptions.CultureInvariant)]
    private static partial Regex Amount();
}
