using Xunit.Sdk;

namespace Bff.Web.Tests.SchemaChanges;

/// <summary>
/// The breaking-change check itself (tests/Bff.Testing/SchemaChanges, used by both BFFs' SchemaBreakingChangeTests),
/// on fixture schemas: what graphql-js reports as breaking fails unless acknowledged, additions do not, and the git
/// history check finds a breaking change committed together with its regenerated snapshot.
/// </summary>
public sealed class BreakingChangeCheckTests : IDisposable
{
    private static readonly string Fixtures = Repository.PathOf("tests", "Bff.Web.Tests", "SchemaChanges", "Fixtures");
    private readonly TemporaryGitRepository repository = new();

    [Fact]
    public async Task ARemovedFieldIsBreaking()
    {
        var changes = await BreakingChanges.FindAsync(Fixture("before"), Fixture("removed-field"));

        Assert.Equal([new SchemaChange("FIELD_REMOVED", "Product.phone was removed.")], changes);
    }

    [Fact]
    public async Task AChangedArgumentTypeIsBreaking()
    {
        var changes = await BreakingChanges.FindAsync(Fixture("before"), Fixture("changed-argument-type"));

        Assert.Equal([new SchemaChange("ARG_CHANGED_KIND", "Query.search arg first has changed type from Int to String.")], changes);
    }

    [Fact]
    public async Task ARemovedEnumValueIsBreaking()
    {
        var changes = await BreakingChanges.FindAsync(Fixture("before"), Fixture("removed-enum-value"));

        Assert.Equal([new SchemaChange("VALUE_REMOVED_FROM_ENUM", "DISCONTINUED was removed from enum type Status.")], changes);
    }

    [Fact]
    public async Task AnAddedOptionalFieldOrArgumentIsNotBreaking()
    {
        Assert.Empty(await BreakingChanges.FindAsync(Fixture("before"), Fixture("added-optional-field")));
    }

    [Fact]
    public async Task TheComposedSchemaCheckFailsNamingTheUnacknowledgedChange()
    {
        repository.Write(Fixture("before"));

        var failure = await Assert.ThrowsAnyAsync<XunitException>(() =>
            SchemaContract.AssertNoUnacknowledgedBreakingChangeAsync(Fixture("removed-field"), repository.SchemaFile));

        Assert.Contains("FIELD_REMOVED: Product.phone was removed.", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAcknowledgedChangePassesAndAnotherStillFails()
    {
        repository.Write(Fixture("before"));
        File.Copy(Path.Combine(Fixtures, "removed-field.breaking.json"), Path.Combine(Path.GetDirectoryName(repository.SchemaFile)!, "schema.breaking.json"));

        await SchemaContract.AssertNoUnacknowledgedBreakingChangeAsync(Fixture("removed-field"), repository.SchemaFile);
        var failure = await Assert.ThrowsAnyAsync<XunitException>(() =>
            SchemaContract.AssertNoUnacknowledgedBreakingChangeAsync(Fixture("changed-argument-type"), repository.SchemaFile));
        Assert.Contains("ARG_CHANGED_KIND: Query.search arg first has changed type from Int to String.", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Product.phone", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAcknowledgementWithoutAReasonIsRefused()
    {
        var failure = Assert.Throws<InvalidDataException>(() =>
            BreakingChangeAcknowledgements.Load(Path.Combine(Fixtures, "missing-reason.breaking.json")));

        Assert.Contains("acknowledged[0] needs a type, a description", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABreakingChangeCommittedWithItsRegeneratedSnapshotIsFoundInTheHistory()
    {
        repository.Commit(Fixture("before"), "Add the schema");
        repository.Commit(Fixture("added-optional-field"), "Add Product.brand");
        // As after UPDATE_SNAPSHOTS=1: the committed file is the composed schema, so only the history shows the break.
        repository.Commit(Fixture("removed-enum-value"), "Drop DISCONTINUED");

        var failure = await Assert.ThrowsAnyAsync<XunitException>(() =>
            SchemaContract.AssertHistoryHasNoUnacknowledgedBreakingChangeAsync(repository.SchemaFile));

        Assert.Contains("VALUE_REMOVED_FROM_ENUM: DISCONTINUED was removed from enum type Status.", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Drop DISCONTINUED", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Add Product.brand", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHistoryComparesEachCommittedVersionAndTheWorkingTreeWithTheOneBefore()
    {
        repository.Commit(Fixture("before"), "Add the schema");
        repository.Commit(Fixture("added-optional-field"), "Add Product.brand");
        repository.Write(Fixture("removed-field"));

        var history = await SchemaHistory.ReadAsync(repository.Root, repository.SchemaFile);

        Assert.Null(history.Limitation);
        Assert.Equal(2, history.Commits);
        Assert.Equal(2, history.Steps.Count);
        Assert.Equal("HEAD → working tree", history.Steps[0].Label);
        Assert.EndsWith("Add Product.brand", history.Steps[1].Label, StringComparison.Ordinal);
        Assert.Equal(Fixture("before"), history.Steps[1].Before);
        var failure = await Assert.ThrowsAnyAsync<XunitException>(() =>
            SchemaContract.AssertHistoryHasNoUnacknowledgedBreakingChangeAsync(repository.SchemaFile));
        Assert.Contains("FIELD_REMOVED: Product.phone was removed.   (HEAD → working tree)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAcknowledgedHistoricalChangePasses()
    {
        repository.Commit(Fixture("before"), "Add the schema");
        repository.Commit(Fixture("removed-field"), "Remove Product.phone");
        File.Copy(Path.Combine(Fixtures, "removed-field.breaking.json"), Path.Combine(Path.GetDirectoryName(repository.SchemaFile)!, "schema.breaking.json"));

        var history = await SchemaContract.AssertHistoryHasNoUnacknowledgedBreakingChangeAsync(repository.SchemaFile);

        Assert.Single(history.Steps);
    }

    [Fact]
    public async Task WithoutGitTheHistorySaysWhyItIsEmpty()
    {
        var folder = Path.Combine(Path.GetTempPath(), "no-git-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var history = await SchemaHistory.ReadAsync(folder, Path.Combine(folder, "schema.graphql"));

            Assert.Empty(history.Steps);
            Assert.StartsWith("no git history at", history.Limitation, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    [Fact]
    public async Task AShallowCloneComparesWhatItHasAndSaysWhatIsMissing()
    {
        repository.Commit(Fixture("before"), "Add the schema");
        repository.Commit(Fixture("removed-field"), "Remove Product.phone");
        using var clone = repository.ShallowClone();

        var history = await SchemaHistory.ReadAsync(clone.Root, clone.SchemaFile);

        Assert.Empty(history.Steps);
        Assert.Contains("a shallow clone", history.Limitation, StringComparison.Ordinal);
    }

    public void Dispose() => repository.Dispose();

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(Fixtures, name + ".graphql"));
}
