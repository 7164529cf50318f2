namespace Bff.Testing;

/// <summary>
/// What the browser tests need on the machine. A missing piece fails the test with the command that installs it:
/// skipping would let the IDE break unnoticed on a machine that lacks a browser.
/// </summary>
internal static class BrowserPrerequisites
{
    private static readonly string[] ChromiumNames = ["chromium", "chromium-browser", "google-chrome"];

    public static string Node() => FindOnPath("node")
        ?? throw new InvalidOperationException("The browser tests need Node.js: sudo apt-get install -y nodejs npm");

    /// <summary>The system's Chromium (BFF_CHROMIUM overrides); Playwright's own browser download is never used.</summary>
    public static string Chromium()
    {
        var configured = Environment.GetEnvironmentVariable("BFF_CHROMIUM");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"BFF_CHROMIUM names {configured}, which does not exist.");
        }

        return ChromiumNames.Select(FindOnPath).FirstOrDefault(path => path is not null)
            ?? throw new InvalidOperationException(
                "The browser tests need Chromium: sudo apt-get install -y chromium (or set BFF_CHROMIUM to a Chrome/Chromium executable).");
    }

    public static void PlaywrightCore()
    {
        if (!File.Exists(Repository.PathOf("tests", "js", "node_modules", "playwright-core", "package.json")))
        {
            throw new InvalidOperationException(
                "The browser tests drive Chromium with playwright-core: run `npm ci` in tests/js (./dev/prerequisites.sh does).");
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
