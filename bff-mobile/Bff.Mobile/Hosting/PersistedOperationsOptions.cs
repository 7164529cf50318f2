namespace Bff.Mobile.Hosting;

/// <summary>Where the app's operations are (section <c>PersistedOperations</c>).</summary>
internal sealed class PersistedOperationsOptions
{
    public const string SectionName = "PersistedOperations";

    /// <summary>Folder of the app's <c>.graphql</c> operations, relative to the binary; each runs by the SHA-256 hex of its text.</summary>
    public string Directory { get; set; } = "Operations";

    /// <summary>Optional Apollo persisted-query manifest (Apollo Kotlin / iOS), relative to the content root; empty for none.</summary>
    public string? Manifest { get; set; }
}
