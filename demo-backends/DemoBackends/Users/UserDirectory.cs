using Bogus;
using DemoBackends.Data;

namespace DemoBackends.Users;

internal sealed record UserProfile(
    string Id, string Email, string FirstName, string LastName, string DisplayName, string Phone, DateTimeOffset MemberSince, string LoyaltyTier);

internal sealed record Address(string Id, string Label, string Line1, string City, string PostalCode, string Country, bool IsDefault);

/// <summary>The hundred demo users, "u-001".."u-100", with their addresses.</summary>
internal sealed class UserDirectory(IReadOnlyList<UserProfile> profiles, IReadOnlyDictionary<string, IReadOnlyList<Address>> addresses)
{
    private readonly Dictionary<string, UserProfile> byId = profiles.ToDictionary(p => p.Id, StringComparer.Ordinal);

    public IReadOnlyList<UserProfile> All => profiles;

    public UserProfile? Find(string userId) => byId.GetValueOrDefault(userId);

    public IReadOnlyList<Address> AddressesOf(string userId) => addresses.GetValueOrDefault(userId) ?? [];
}

internal static class UserGenerator
{
    private static readonly string[] Tiers = ["bronze", "bronze", "silver", "silver", "gold", "platinum"];

    public static UserDirectory Generate(Faker f)
    {
        var profiles = new List<UserProfile>();
        var addresses = new Dictionary<string, IReadOnlyList<Address>>(StringComparer.Ordinal);
        for (var i = 0; i < DemoData.UserCount; i++)
        {
            var id = DemoData.UserId(i);
            var first = f.Name.FirstName();
            var last = f.Name.LastName();
            profiles.Add(new UserProfile(id, f.Internet.Email(first, last, "demo.local"), first, last, $"{first} {last[0]}.",
                f.Phone.PhoneNumber("+## ### ### ####"), DemoData.DateBefore(f, 2_000), f.PickRandom(Tiers)));
            addresses[id] = Enumerable.Range(1, f.Random.Int(1, 3))
                .Select(n => new Address($"a-{i + 1:000}-{n}", n == 1 ? "Home" : f.PickRandom("Work", "Parents", "Holiday home"),
                    f.Address.StreetAddress(), f.Address.City(), f.Address.ZipCode(), f.Address.CountryCode(), IsDefault: n == 1))
                .ToList();
        }

        return new UserDirectory(profiles, addresses);
    }
}
