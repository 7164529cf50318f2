namespace Bff.Backends.Pricing;

/// <summary>Price, list price and discount of one product; amounts are in <see cref="Currency"/>, rounded to cents.</summary>
public sealed record Price(string ProductId, decimal Amount, decimal ListPrice, int DiscountPercent, decimal Discount, string Currency);
