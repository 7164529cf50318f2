using System.Diagnostics;
using System.Globalization;
using System.Text;
using Bff.GraphQL.Validation;

namespace Bff.GraphQL.Tests.Validation;

/// <summary>Documents built to make validation explode in time; each is answered within a generous guard.</summary>
public sealed class HostileValidationTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(3);

    private static ValidationResult Timed(string source, ValidationOptions? options = null)
    {
        Expect.Run("{ dog { name } }"); // Warm up, so that the guard measures validation rather than start-up.
        var watch = Stopwatch.StartNew();
        var result = Expect.Run(source, options);
        Assert.True(watch.Elapsed < Guard, $"took {watch.Elapsed}");
        return result;
    }

    private static string FanOut(int levels, Func<int, string> body)
    {
        var source = new StringBuilder("{ human(id: 1) { ...F0 } }\n");
        for (var i = 0; i < levels; i++)
        {
            source.Append($"fragment F{i} on Human {{ {body(i + 1)} }}\n");
        }

        return source.Append($"fragment F{levels} on Human {{ name }}\n").ToString();
    }

    [Fact]
    public void FragmentsEachSpreadingTheNextTwiceFortyLevelsDeepAreValidatedQuickly()
    {
        var source = FanOut(40, next => $"name friends {{ ...F{next} }} pets {{ ... on Dog {{ owner {{ ...F{next} }} }} }}");
        Assert.True(Timed(source).IsValid);

        var limited = Timed(source, ValidationOptions.Default);
        Assert.Contains(limited.Errors, e => e.Code == ValidationErrorCodes.MaxDepthExceeded);
        Assert.Contains(limited.Errors, e => e.Code == ValidationErrorCodes.MaxCostExceeded);
    }

    [Fact]
    public void FanOutThroughIdenticalFieldsThatMustBeMergedIsValidatedQuickly()
    {
        var source = FanOut(40, next => $"friends {{ ...F{next} }} friends {{ ...F{next} }} ...F{next} ...F{next}");
        Assert.True(Timed(source).IsValid);
    }

    [Fact]
    public void FanOutWithAConflictAtTheBottomIsRejectedQuickly()
    {
        var source = FanOut(40, next => $"friends {{ ...F{next} }} friends {{ ...F{next} }}")
            .Replace("fragment F40 on Human { name }", "fragment F40 on Human { name name: age }", StringComparison.Ordinal);
        var result = Timed(source);
        Assert.Contains(result.Failures, f => f.Rule == nameof(OverlappingFieldsCanBeMergedRule));
    }

    [Fact]
    public void TwentyThousandAliasesOfOneFieldAreValidatedQuickly()
    {
        var aliases = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"a{i}: name "));
        Assert.True(Timed($"{{ dog {{ {aliases}}} }}").IsValid);

        var limited = Timed($"{{ dog {{ {aliases}}} }}", ValidationOptions.Default);
        Assert.Equal(
            [ValidationErrorCodes.MaxFieldsExceeded, ValidationErrorCodes.MaxAliasesExceeded, ValidationErrorCodes.MaxCostExceeded],
            limited.Errors.Select(e => e.Code));
    }

    [Fact]
    public void TwentyThousandCopiesOfOneAliasedFieldAreComparedOnceAsAGroup()
    {
        var copies = string.Concat(Enumerable.Range(0, 20_000).Select(_ => "n: name(surname: true) "));
        Assert.True(Timed($"{{ dog {{ {copies}}} }}").IsValid);
    }

    [Fact]
    public void TwentyThousandConflictingCopiesStopAtTheErrorLimit()
    {
        var copies = string.Concat(Enumerable.Range(0, 10_000).Select(_ => "n: name n: barks "));
        var result = Timed($"{{ dog {{ {copies}}} }}");
        Assert.Equal(101, result.Errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", result.Errors[^1].Message);
    }

    [Fact]
    public void TenThousandRepeatedDirectivesOnOneFieldAreRejectedQuickly()
    {
        var directives = string.Concat(Enumerable.Range(0, 10_000).Select(_ => "@skip(if: false) "));
        var result = Timed($"{{ dog {{ name {directives}}} }}");
        Assert.Equal(101, result.Errors.Count);
        Assert.All(result.Failures.SkipLast(1), f => Assert.Equal(nameof(UniqueDirectivesPerLocationRule), f.Rule));
    }

    [Fact]
    public void TenThousandRepeatableDirectivesOnOneFieldAreValidatedQuickly()
    {
        var directives = string.Concat(Enumerable.Range(0, 10_000).Select(i => $"@tag(name: \"{i}\") "));
        Assert.True(Timed($"{{ dog {{ name {directives}}} }}").IsValid);
    }

    [Theory]
    [InlineData("...F{0} name")]
    [InlineData("friends {{ ...F{0} }}")]
    public void AChainOfThousandsOfFragmentsIsRejectedWithoutExhaustingTheStack(string body)
    {
        const int count = 3_000;
        var source = new StringBuilder("{ human(id: 1) { ...F0 } }\n");
        for (var i = 0; i < count; i++)
        {
            source.Append($"fragment F{i} on Human {{ {string.Format(CultureInfo.InvariantCulture, body, i + 1)} }}\n");
        }

        source.Append($"fragment F{count} on Human {{ name }}\n");
        var result = Timed(source.ToString(), ValidationOptions.Default);
        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Message.Contains("too deeply", StringComparison.Ordinal));
    }

    [Fact]
    public void ALongCycleOfFragmentsIsReportedWithoutRecursion()
    {
        const int count = 5_000;
        var source = new StringBuilder("{ dog { ...F0 } }\n");
        for (var i = 0; i < count; i++)
        {
            source.Append($"fragment F{i} on Dog {{ ...F{(i + 1) % count} }}\n");
        }

        var result = Timed(source.ToString());
        var cycle = Assert.Single(result.Failures, f => f.Rule == nameof(NoFragmentCyclesRule)).Error;
        Assert.Equal(count, cycle.Locations!.Count);
    }
}
