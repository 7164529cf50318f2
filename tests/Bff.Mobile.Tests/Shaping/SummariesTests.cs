using Bff.Mobile.Shaping;

namespace Bff.Mobile.Tests.Shaping;

public sealed class SummariesTests
{
    [Fact]
    public void ATextThatFitsIsReturnedWhole() =>
        Assert.Equal("Warm light for reading.", Summaries.Cut("Warm light for reading.", 23));

    [Fact]
    public void ALongTextIsCutAfterTheLastWholeWordThatFitsWithTheEllipsis()
    {
        var cut = Summaries.Cut("Warm light for reading, dimmable and quiet.", 24);

        Assert.Equal("Warm light for reading…", cut);
        Assert.True(cut.Length <= 24);
    }

    [Fact]
    public void ACutThatFallsExactlyAtTheEndOfAWordKeepsThatWord() =>
        Assert.Equal("Warm light…", Summaries.Cut("Warm light for reading.", 11));

    [Fact]
    public void AWordLongerThanTheRoomIsCutHard() =>
        Assert.Equal("Supercalifragilisti…", Summaries.Cut("Supercalifragilisticexpialidocious lamp", 20));

    [Theory]
    [InlineData(20)]
    [InlineData(37)]
    [InlineData(140)]
    public void TheSummaryIsNeverLongerThanAskedAndEndsOnAWholeWord(int maxLength)
    {
        const string text = "An adjustable desk lamp with a weighted base, a flexible arm and a warm LED that does not flicker at any level.";
        var cut = Summaries.Cut(text, maxLength);

        Assert.True(cut.Length <= maxLength, cut);
        var words = cut.TrimEnd('…').Split(' ');
        Assert.All(words, w => Assert.Contains(w.TrimEnd(',', '.'), text.Split(' ').Select(t => t.TrimEnd(',', '.'))));
    }
}
