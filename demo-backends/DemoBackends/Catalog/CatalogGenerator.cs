using Bogus;
using DemoBackends.Data;

namespace DemoBackends.Catalog;

internal static class CatalogGenerator
{
    private static readonly (string Size, int Pixels)[] ImageSizes = [("thumb", 120), ("medium", 480), ("large", 1200)];

    public static CatalogData Generate(Faker f)
    {
        var categoryNames = f.Commerce.Categories(200).Distinct(StringComparer.Ordinal).Take(18).OrderBy(n => n, StringComparer.Ordinal).ToList();
        var brands = Enumerable.Range(0, 60).Select(_ => f.Company.CompanyName(0)).Distinct(StringComparer.Ordinal).ToList();

        var products = new Product[DemoData.ProductCount];
        for (var i = 0; i < products.Length; i++)
        {
            var id = DemoData.ProductId(i);
            var name = f.Commerce.ProductName();
            var category = f.Random.Int(0, categoryNames.Count - 1);
            products[i] = new Product(
                id,
                name,
                f.Commerce.ProductDescription(),
                f.PickRandom(brands),
                CategoryId(category),
                Images(f, id, name),
                [
                    new("color", f.Commerce.Color()),
                    new("material", f.Commerce.ProductMaterial()),
                    new("weightGrams", f.Random.Int(50, 25_000).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new("madeIn", f.Address.Country()),
                ]);
        }

        var categories = categoryNames
            .Select((n, i) => new Category(CategoryId(i), n, n.ToLowerInvariant().Replace(' ', '-'), products.Count(p => p.CategoryId == CategoryId(i))))
            .ToList();
        return new CatalogData(products, categories);
    }

    private static string CategoryId(int index) => $"c-{index + 1:00}";

    private static ProductImage[] Images(Faker f, string productId, string name)
    {
        var images = new ProductImage[f.Random.Int(1, 4)];
        for (var n = 0; n < images.Length; n++)
        {
            var variants = ImageSizes
                .Select(s => new ImageVariant(s.Size, s.Pixels, s.Pixels, $"https://images.demo.local/products/{productId}/{n + 1}/{s.Size}.jpg"))
                .ToList();
            images[n] = new ProductImage($"{name}, view {n + 1}", variants);
        }

        return images;
    }
}
