using Bff.Backends.Http;
using Refit;

namespace Bff.Backends.Users;

/// <summary>The users backend, for the calling user (their bearer token is forwarded).</summary>
public interface IUsersClient
{
    /// <summary>The caller's profile, or null when the token's user is not a known user.</summary>
    [Get("/me")]
    [NullOn404]
    Task<UserProfile?> GetMeAsync(CancellationToken cancellationToken = default);

    /// <summary>The caller's addresses, the default one first.</summary>
    [Get("/me/addresses")]
    Task<IReadOnlyList<Address>> GetMyAddressesAsync(CancellationToken cancellationToken = default);
}
