using System.CodeDom.Compiler;
using System.Reflection;
using System.Text.Json.Serialization;
using Bff.Backends.Cart;
using Bff.Backends.Catalog;
using Bff.Backends.Http;
using Bff.Backends.Inventory;
using Bff.Backends.Notifications;
using Bff.Backends.Orders;
using Bff.Backends.Pricing;
using Bff.Backends.Recommendations;
using Bff.Backends.Reviews;
using Bff.Backends.Tests.Support;
using Bff.Backends.Users;
using Refit;

namespace Bff.Backends.Tests.Contracts;

public sealed class ContractTests
{
    public static TheoryData<Type> EveryContractType() => new(EveryContract().Select(row => (Type)row[0]));

    public static TheoryData<Type, JsonSerializerContext> EveryContract() => new()
    {
        { typeof(ICatalogClient), CatalogJsonContext.Default },
        { typeof(IInventoryClient), InventoryJsonContext.Default },
        { typeof(IPricingClient), PricingJsonContext.Default },
        { typeof(IReviewsClient), ReviewsJsonContext.Default },
        { typeof(IUsersClient), UsersJsonContext.Default },
        { typeof(IOrdersClient), OrdersJsonContext.Default },
        { typeof(ICartClient), CartJsonContext.Default },
        { typeof(IRecommendationsClient), RecommendationsJsonContext.Default },
        { typeof(INotificationsClient), NotificationsJsonContext.Default },
    };

    [Theory]
    [MemberData(nameof(EveryContractType))]
    public async Task EveryRegisteredClientIsRefitsBuildTimeGeneratedImplementation(Type contract)
    {
        await using var host = RecordedClients.Create(new RecordingHandler());

        var client = host.Services.GetService(contract);

        Assert.NotNull(client);
        Assert.Equal("InterfaceStubGeneratorV2", client.GetType().GetCustomAttribute<GeneratedCodeAttribute>()?.Tool);
    }

    [Theory]
    [MemberData(nameof(EveryContract))]
    public void EveryResultAndBodyTypeHasSourceGeneratedJsonMetadata(Type contract, JsonSerializerContext json)
    {
        var results = contract.GetMethods().Where(m => m.ReturnType.IsGenericType).Select(m => m.ReturnType.GetGenericArguments()[0]);
        var bodies = contract.GetMethods().SelectMany(m => m.GetParameters()).Where(p => p.IsDefined(typeof(BodyAttribute))).Select(p => p.ParameterType);
        var types = results.Concat(bodies).Distinct().ToList();

        // Without metadata Refit would fail at the first call; this says which type to add to the context, now.
        Assert.NotEmpty(types);
        Assert.All(types, type => Assert.True(json.GetTypeInfo(type) is not null, $"add [JsonSerializable(typeof({type.Name}))] to {json.GetType().Name}"));
    }

    [Theory]
    [MemberData(nameof(EveryContractType))]
    public void EveryMethodIsAnEndpointWithACancellationTokenLast(Type contract)
    {
        Assert.All(contract.GetMethods(), method =>
        {
            Assert.NotNull(method.GetCustomAttribute<HttpMethodAttribute>());
            Assert.True(typeof(Task).IsAssignableFrom(method.ReturnType), $"{method.Name} must return a Task");
            Assert.Equal(typeof(CancellationToken), method.GetParameters()[^1].ParameterType);
        });
    }

    [Theory]
    [MemberData(nameof(EveryContractType))]
    public void EveryMethodWhose404IsNullDeclaresANullableResult(Type contract)
    {
        var nullability = new NullabilityInfoContext();

        Assert.All(contract.GetMethods().Where(m => m.IsDefined(typeof(NullOn404Attribute))), method =>
            Assert.Equal(NullabilityState.Nullable, nullability.Create(method.ReturnParameter).GenericTypeArguments.Single().ReadState));
    }
}
