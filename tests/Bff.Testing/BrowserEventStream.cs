namespace Bff.Testing;

/// <summary>A request of the IDE's page that asked for <c>text/event-stream</c> (at most 20 are kept).</summary>
/// <param name="Url">Where it went.</param>
/// <param name="Method">Its method.</param>
/// <param name="Headers">Its headers, names in lower case, as the browser sent them.</param>
public sealed record BrowserEventStream(string Url, string Method, IReadOnlyDictionary<string, string> Headers);
