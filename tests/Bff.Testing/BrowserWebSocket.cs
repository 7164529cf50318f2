namespace Bff.Testing;

/// <summary>A WebSocket the IDE's page opened, with its text frames (each cut at 2,000 characters, 200 a direction).</summary>
/// <param name="Url">The address it connected to.</param>
/// <param name="Sent">Frames the page sent, in order.</param>
/// <param name="Received">Frames the page received, in order.</param>
/// <param name="Closed">Whether it was closed by the time the browser script ended.</param>
public sealed record BrowserWebSocket(string Url, string[] Sent, string[] Received, bool Closed);
