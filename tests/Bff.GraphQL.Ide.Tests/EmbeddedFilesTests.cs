using Bff.GraphQL.Ide.Internal;
using Bff.GraphQL.Ide.Tests.TestSupport;

namespace Bff.GraphQL.Ide.Tests;

public sealed class EmbeddedFilesTests
{
    [Fact]
    public void EveryFileABrowserLoadsFromThePackageIsEmbeddedAndNodeModuleFilesAreNot()
    {
        var package = TestPaths.IdePackageDirectory;
        Assert.True(Directory.Exists(package), $"{package} is missing: run `npm ci` in shared/Bff.GraphQL.Ide.");
        string[] notForBrowsers = ["package.json", "README.md", "index.cjs", "index.mjs", "index.d.cts", "index.d.mts"];
        var expected = Directory.EnumerateFiles(package, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(package, f).Replace('\\', '/'))
            .Except(notForBrowsers)
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected, IdeFiles.LoadEmbedded().Paths.Order(StringComparer.Ordinal));
    }
}
