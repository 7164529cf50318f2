using Bff.Instances.Tests.Support;

namespace Bff.Instances.Tests;

/// <summary>
/// Two bff-web processes behind one address over one Redis (the tests: <see cref="TwoInstancesTests"/>): the SPA's cart,
/// its rate limit and its APQ hashes are the same whichever instance answers.
/// </summary>
public sealed class TwoWebInstancesTests(TwoWebInstances two) : TwoInstancesTests(two, ("u-097", "u-098")), IClassFixture<TwoWebInstances>;
