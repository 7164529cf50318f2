using System.Text.Json;
using System.Text.Json.Serialization;
using DemoBackends.Auth;
using DemoBackends.Cart;
using DemoBackends.Catalog;
using DemoBackends.Events;
using DemoBackends.Faults;
using DemoBackends.Inventory;
using DemoBackends.Notifications;
using DemoBackends.Orders;
using DemoBackends.Pricing;
using DemoBackends.Recommendations;
using DemoBackends.Reviews;
using DemoBackends.Users;

namespace DemoBackends.Http;

/// <summary>Source-generated serializers for every payload the services read or write.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Product))]
[JsonSerializable(typeof(IReadOnlyList<Product>))]
[JsonSerializable(typeof(Category))]
[JsonSerializable(typeof(IReadOnlyList<Category>))]
[JsonSerializable(typeof(ProductSearchResult))]
[JsonSerializable(typeof(Price))]
[JsonSerializable(typeof(IReadOnlyList<Price>))]
[JsonSerializable(typeof(StockLevel))]
[JsonSerializable(typeof(IReadOnlyList<StockLevel>))]
[JsonSerializable(typeof(Store))]
[JsonSerializable(typeof(IReadOnlyList<Store>))]
[JsonSerializable(typeof(Paged<Review>))]
[JsonSerializable(typeof(IReadOnlyList<ProductReviews>))]
[JsonSerializable(typeof(RatingSummary))]
[JsonSerializable(typeof(IReadOnlyList<RatingSummary>))]
[JsonSerializable(typeof(UserProfile))]
[JsonSerializable(typeof(IReadOnlyList<Address>))]
[JsonSerializable(typeof(Order))]
[JsonSerializable(typeof(Paged<OrderSummary>))]
[JsonSerializable(typeof(PlaceOrderRequest))]
[JsonSerializable(typeof(CartView))]
[JsonSerializable(typeof(AddCartItem))]
[JsonSerializable(typeof(UpdateCartItem))]
[JsonSerializable(typeof(ProductRecommendations))]
[JsonSerializable(typeof(IReadOnlyList<ProductRecommendations>))]
[JsonSerializable(typeof(UserRecommendations))]
[JsonSerializable(typeof(UnreadCount))]
[JsonSerializable(typeof(IReadOnlyList<Notification>))]
[JsonSerializable(typeof(Notification))]
[JsonSerializable(typeof(NewNotification))]
[JsonSerializable(typeof(NotificationCreated))]
[JsonSerializable(typeof(OrderStatusChanged))]
[JsonSerializable(typeof(OrderStatusUpdate))]
[JsonSerializable(typeof(FaultSettings))]
[JsonSerializable(typeof(FaultUpdate))]
[JsonSerializable(typeof(DevToken))]
internal sealed partial class DemoJsonContext : JsonSerializerContext;
