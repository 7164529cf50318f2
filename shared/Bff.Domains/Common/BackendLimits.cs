namespace Bff.Domains.Common;

/// <summary>Limits the demo backends enforce, kept here so that the modules never send a request they would refuse.</summary>
internal static class BackendLimits
{
    /// <summary>Most ids one batch endpoint takes (more is a 400).</summary>
    public const int MaxBatchIds = 100;
}
