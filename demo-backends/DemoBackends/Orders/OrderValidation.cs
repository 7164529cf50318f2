using DemoBackends.Data;

namespace DemoBackends.Orders;

internal static class OrderValidation
{
    public const int MaxLines = 50;
    public const int MaxQuantity = 99;

    /// <summary>Field errors of a new order, keyed as the JSON names them; empty when the order can be placed.</summary>
    public static Dictionary<string, string[]> Validate(PlaceOrderRequest request, DemoData data, string userId, out string addressId)
    {
        var errors = new Dictionary<string, string[]>();
        var lines = request.Lines ?? [];
        if (lines.Count is 0 or > MaxLines)
        {
            errors["lines"] = [$"An order needs between 1 and {MaxLines} lines."];
        }

        for (var i = 0; i < lines.Count && i < MaxLines; i++)
        {
            if (lines[i].ProductId is not { } id || data.Prices.Find(id) is null)
            {
                errors[$"lines[{i}].productId"] = [$"Unknown product '{lines[i].ProductId}'."];
            }

            if (lines[i].Quantity is < 1 or > MaxQuantity)
            {
                errors[$"lines[{i}].quantity"] = [$"Quantity must be between 1 and {MaxQuantity}."];
            }
        }

        var addresses = data.Users.AddressesOf(userId);
        var address = request.ShippingAddressId is null
            ? addresses.FirstOrDefault(a => a.IsDefault)
            : addresses.FirstOrDefault(a => a.Id == request.ShippingAddressId);
        addressId = address?.Id ?? "";
        if (address is null)
        {
            errors["shippingAddressId"] = [request.ShippingAddressId is null
                ? "No default address for this user; give shippingAddressId."
                : $"Address '{request.ShippingAddressId}' is not one of the caller's addresses."];
        }

        return errors;
    }
}
