using System.Text.Json;

namespace Bff.GraphQL.TestServer.Resolvers;

/// <summary>The GraphQL name of a bound CLR enum member (<c>SoldOut</c> → <c>SOLD_OUT</c>).</summary>
internal static class EnumNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString());
}
