namespace Bff.Instances.Tests.Support;

/// <summary>Two bff-mobile processes over one redis-server behind one address, for a test class.</summary>
public sealed class TwoMobileInstances() : TwoInstances(BffApp.Mobile);
