namespace Bff.Chaos.Load;

/// <summary>One screen a client asks a BFF for, with its share of that BFF's load.</summary>
/// <param name="Name">As the report names it, e.g. <c>mobile ProductDetail</c>.</param>
/// <param name="Weight">Its share of the BFF's requests, relative to the other screens of the BFF.</param>
/// <param name="Create">A fresh request from a draw of the load's random source (ids, users, filters).</param>
public sealed record Screen(string Name, int Weight, Func<Random, HttpRequestMessage> Create);
