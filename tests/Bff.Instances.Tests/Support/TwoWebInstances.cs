namespace Bff.Instances.Tests.Support;

/// <summary>Two bff-web processes over one redis-server behind one address, for a test class.</summary>
public sealed class TwoWebInstances() : TwoInstances(BffApp.Web);
