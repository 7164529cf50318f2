namespace Bff.GraphQL.Ide.Tests.TestSupport;

/// <summary>
/// What the browser test needs on the machine. A missing piece fails the test with the command that installs it:
/// skipping would let the IDE break unnoticed on a machine that lacks a browser.
/// </summary>
internal static class BrowserPrerequisites
{
    private static readonly string[] ChromiumNames = ["chromium", "chromium-browser", "google-chrome"];

    public static string Node() => FindOnPath("node")
        ?? throw new InvalidOperationException("The IDE's browser test needs Node.js: sudo apt-get install -y nodejs npm");

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
                "The IDE's browser test needs Chromium: sudo apt-get install -y chromium (or set BFF_CHROMIUM to a Chrome/Chromium executable).");
    }

    public static void PlaywrightCore()
    {
        var package = Path.Combine(TestPaths.ProjectDirectory, "node_modules", "playwright-core", "package.json");
        if (!File.Exists(package))
        {
            throw new InvalidOperationException(
                "The IDE's browser test drives Chromium with playwright-core: run `npm ci` in tests/Bff.GraphQL.Ide.Tests (./dev/prerequisites.sh does).");
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
