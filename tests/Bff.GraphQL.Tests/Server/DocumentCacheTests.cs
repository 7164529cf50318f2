using Bff.GraphQL.Execution;
using Bff.GraphQL.Language;
using Bff.GraphQL.Server;
using Microsoft.Extensions.Time.Testing;

namespace Bff.GraphQL.Tests.Server;

public sealed class DocumentCacheTests
{
    private const long Limit = 1024 * 1024;

    [Fact]
    public void FillingTheCacheWithDistinctDocumentsStaysWithinItsByteBoundAndKeepsTheHotOne()
    {
        using var cache = new DocumentCache(Limit);
        const string Hot = "{ hot }";
        cache.Add(Hot, Valid(Hot));

        for (var i = 0; i < 50_000; i++)
        {
            var text = $"{{ field{i} }}";
            cache.Add(text, Valid(text));
            if (i % 100 == 0)
            {
                Assert.True(cache.TryGet(Hot, out _), $"the hot document was evicted after {i} others");
            }

            Assert.InRange(cache.SizeBytes, 0, Limit);
        }

        Assert.True(cache.TryGet(Hot, out _));
    }

    [Fact]
    public void ARejectedDocumentKeepsOnlyItsErrorsAndOnlyForAShortTime()
    {
        var clock = new FakeTimeProvider();
        using var cache = new DocumentCache(Limit, clock);
        const string Text = "{ nope }";
        var rejected = new CachedDocument(Parser.Parse(Text), [new GraphQLError("Cannot query field \"nope\" on type \"Query\".")]);

        cache.Add(Text, rejected);
        Assert.True(cache.TryGet(Text, out var cached));
        Assert.Empty(cached.Document.Definitions);
        Assert.Equal(rejected.Errors, cached.Errors);

        clock.Advance(DocumentCache.NegativeLifetime + TimeSpan.FromSeconds(1));
        Assert.False(cache.TryGet(Text, out _));
    }

    [Fact]
    public void AnEntryLargerThanTheWholeBoundIsNotKept()
    {
        using var cache = new DocumentCache(10_000);
        var text = "{ " + new string('a', 10_000) + " }";

        cache.Add(text, Valid("{ a }"));

        Assert.False(cache.TryGet(text, out _));
        Assert.Equal(0, cache.SizeBytes);
    }

    private static CachedDocument Valid(string text) => new(Parser.Parse(text), []);
}
