using System.Net;
using Bff.Backends.Http;
using Bff.Backends.Tests.Support;
using Bff.Backends.Users;

namespace Bff.Backends.Tests.Clients;

[Collection(DemoBackendsCollection.Name)]
public sealed class UsersClientTests(DemoBackendsProcess demo)
{
    [Fact]
    public async Task WithoutATokenTheUsersBackendAnswers401()
    {
        await using var host = RealClients.Create(demo);

        var error = await Assert.ThrowsAsync<BackendException>(() => host.Get<IUsersClient>().GetMeAsync());

        Assert.Equal(("users", HttpStatusCode.Unauthorized), (error.Backend, error.StatusCode));
    }

    [Fact]
    public async Task TheForwardedTokenReadsTheCallersProfileAndAddresses()
    {
        await using var host = RealClients.Create(demo);
        host.SignIn(await demo.TokenForAsync("u-001"));
        var users = host.Get<IUsersClient>();

        var me = await users.GetMeAsync();
        var addresses = await users.GetMyAddressesAsync();

        Assert.Equal("u-001", me?.Id);
        Assert.True(addresses[0].IsDefault);
        Assert.StartsWith("a-001-", addresses[0].Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AValidTokenForAnUnknownUserIsANullProfile()
    {
        await using var host = RealClients.Create(demo);
        host.SignIn(await demo.TokenForAsync("u-999"));

        Assert.Null(await host.Get<IUsersClient>().GetMeAsync());
    }
}
