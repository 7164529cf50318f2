namespace DemoBackends.Orders;

/// <summary>An order's life: placed, processing, shipped, delivered; cancelled only before it ships.</summary>
internal static class OrderStatuses
{
    private static readonly Dictionary<string, string[]> Next = new(StringComparer.Ordinal)
    {
        ["placed"] = ["processing", "cancelled"],
        ["processing"] = ["shipped", "cancelled"],
        ["shipped"] = ["delivered"],
    };

    public static IReadOnlyCollection<string> All { get; } = ["placed", "processing", "shipped", "delivered", "cancelled"];

    public static bool Allows(string from, string to) => Next.TryGetValue(from, out var next) && next.Contains(to);

    public static IReadOnlyList<string> From(string status) => Next.GetValueOrDefault(status) ?? [];
}
