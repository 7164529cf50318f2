namespace Bff.Backends.Users;

/// <summary>The calling user's profile; ids are <c>u-001</c>..<c>u-100</c>.</summary>
public sealed record UserProfile(
    string Id, string Email, string FirstName, string LastName, string DisplayName, string Phone, DateTimeOffset MemberSince, string LoyaltyTier);

/// <summary>One of the user's addresses; the default one comes first.</summary>
public sealed record Address(string Id, string Label, string Line1, string City, string PostalCode, string Country, bool IsDefault);
