using Bff.Instances.Tests.Support;

namespace Bff.Instances.Tests;

/// <summary>Two bff-mobile processes behind one address over one Redis (the tests: <see cref="TwoInstancesTests"/>).</summary>
public sealed class TwoMobileInstancesTests(TwoMobileInstances two) : TwoInstancesTests(two, ("u-031", "u-032")), IClassFixture<TwoMobileInstances>;
