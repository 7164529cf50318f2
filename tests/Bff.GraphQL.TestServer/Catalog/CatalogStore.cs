using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bff.GraphQL.TestServer.Catalog;

/// <summary>
/// The test data, loaded from the embedded data.json for each server instance; mutations change this instance only.
/// Reads take a snapshot under the lock, so a mutation never tears a query's view.
/// </summary>
public sealed class CatalogStore
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    private readonly Lock gate = new();
    private readonly List<ProductRecord> products;
    private readonly List<ReviewRecord> reviews;

    public CatalogStore()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("data.json")
            ?? throw new InvalidOperationException("data.json is not embedded in the test server.");
        var data = JsonSerializer.Deserialize<CatalogData>(stream, JsonOptions)
            ?? throw new InvalidOperationException("data.json is empty.");
        Categories = data.Categories;
        Users = data.Users;
        products = [.. data.Products];
        reviews = [.. data.Reviews];
    }

    public IReadOnlyList<CategoryRecord> Categories { get; }

    public IReadOnlyList<UserRecord> Users { get; }

    public IReadOnlyList<ProductRecord> Products
    {
        get
        {
            lock (gate)
            {
                return [.. products];
            }
        }
    }

    public IReadOnlyList<ReviewRecord> Reviews
    {
        get
        {
            lock (gate)
            {
                return [.. reviews];
            }
        }
    }

    public ProductRecord? Product(string id) => Products.FirstOrDefault(p => p.Id == id);

    public UserRecord? User(string id) => Users.FirstOrDefault(u => u.Id == id);

    public ReviewRecord AddReview(string productId, string authorId, int rating, string? body)
    {
        lock (gate)
        {
            var review = new ReviewRecord($"r{reviews.Count + 1}", productId, authorId, rating, body);
            reviews.Add(review);
            return review;
        }
    }

    public ProductRecord? SetStatus(string id, ProductStatus status)
    {
        lock (gate)
        {
            var index = products.FindIndex(p => p.Id == id);
            if (index < 0)
            {
                return null;
            }

            products[index] = products[index] with { Status = status };
            return products[index];
        }
    }
}
