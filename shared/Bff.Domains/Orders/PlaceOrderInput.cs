using Bff.Backends.Orders;
using Bff.Domains.Common;
using Bff.GraphQL.Execution;

namespace Bff.Domains.Orders;

/// <summary>Reads and checks <c>placeOrder(input:)</c> before anything is sent.</summary>
internal static class PlaceOrderInput
{
    private const int MaxLines = 50;
    private const int MaxQuantity = 99;

    public static (PlaceOrderRequest Order, string IdempotencyKey) Read(IResolverContext context)
    {
        var input = context.ArgumentValue<IReadOnlyDictionary<string, object?>>("input")!;
        var lines = input.GetValueOrDefault("lines") as IEnumerable<object?> ?? [];
        var checkedLines = lines.OfType<IReadOnlyDictionary<string, object?>>().Select(Line).ToArray();
        if (checkedLines.Length is 0 or > MaxLines)
        {
            throw Invalid($"An order takes 1 to {MaxLines} lines.");
        }

        var address = input.GetValueOrDefault("shippingAddressId") as string;
        var key = Ids.IdempotencyKey.Check(input.GetValueOrDefault("idempotencyKey") as string, "input.idempotencyKey");
        return (new PlaceOrderRequest(checkedLines, address is null ? null : Ids.Address.Check(address, "input.shippingAddressId")), key);
    }

    private static PlaceOrderLine Line(IReadOnlyDictionary<string, object?> line)
    {
        var productId = Ids.Product.Check(line.GetValueOrDefault("productId") as string, "input.lines.productId");
        return line.GetValueOrDefault("quantity") is int quantity && quantity is >= 1 and <= MaxQuantity
            ? new PlaceOrderLine(productId, quantity)
            : throw Invalid($"Each line's quantity must be between 1 and {MaxQuantity}.");
    }

    private static GraphQLException Invalid(string message) => new(message, DomainErrorCodes.BadUserInput);
}
