using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Safety;

namespace HurtHealing.Domain.Tests.Incidents;

public class FeelingTermsTests
{
    [Theory]
    [InlineData("humiliated", "humiliated")]
    [InlineData(" Lonely", "lonely")]
    [InlineData("BETRAYED", "betrayed")]
    [InlineData("criticized", "criticised")]
    public void Feelings_and_blame_words_are_acceptable_and_normalised(string typed, string key)
    {
        Assert.True(FeelingTerms.IsAcceptable(typed));
        Assert.True(FeelingTerms.TryNormalize(typed, out var normalized));
        Assert.Equal(key, normalized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("upset")]
    [InlineData("hurt\0")]
    public void Other_words_are_not_acceptable(string? typed)
    {
        Assert.False(FeelingTerms.IsAcceptable(typed));
        Assert.False(FeelingTerms.TryNormalize(typed, out var normalized));
        Assert.Null(normalized);
    }

    [Theory]
    [InlineData("unsafe", "unsafe", SafetySignalKind.Fear)]
    [InlineData("Abused", "abused", SafetySignalKind.Violence)]
    [InlineData("threatened", "threatened", SafetySignalKind.Threat)]
    [InlineData("intimidated", "intimidated", SafetySignalKind.Intimidation)]
    [InlineData("terrified", "terrified", SafetySignalKind.Fear)]
    [InlineData("trapped", "trapped", SafetySignalKind.MonitoringAndControl)]
    [InlineData("coerced", "coerced", SafetySignalKind.MonitoringAndControl)]
    [InlineData("afraid of my partner", "afraid of my partner", SafetySignalKind.Fear)]
    [InlineData("Afraid  of my husband", "afraid of my partner", SafetySignalKind.Fear)]
    [InlineData("scared of him", "scared of my partner", SafetySignalKind.Fear)]
    [InlineData("not safe", "unsafe", SafetySignalKind.Fear)]
    public void Safety_words_are_accepted_and_raise_the_signal_instead_of_an_error(string typed, string key, SafetySignalKind kind)
    {
        Assert.True(FeelingTerms.TryNormalize(typed, out var normalized));
        Assert.Equal(key, normalized);
        Assert.Equal([kind], SafetySignals.KindsIn(typed));
        Assert.Equal([kind], SafetySignals.KindsIn(normalized));
        Assert.False(BlameWords.IsBlameWord(typed));
    }

    [Fact]
    public void Every_safety_word_can_be_recorded_on_an_incident()
    {
        var incident = Given.Incident();
        var at = Given.Now.AddMinutes(1);
        foreach (var word in SafetyFeelingWords.All)
        {
            var records = incident.RecordFeelings([new FeelingRating(word.Word, 8)], at);
            Assert.Equal(word.Word, Assert.Single(records).Word);
            at = at.AddMinutes(1);
        }
    }

    [Fact]
    public void Ordinary_feelings_raise_no_safety_signal()
    {
        Assert.All(FeelingVocabulary.All, f => Assert.Empty(SafetySignals.KindsIn(f.Word)));
        Assert.All(BlameWords.All.Where(b => b.Word is not "controlled" and not "bullied"), b => Assert.Empty(SafetySignals.KindsIn(b.Word)));
        Assert.Equal([SafetySignalKind.MonitoringAndControl], SafetySignals.KindsIn("controlled"));
        Assert.Equal([SafetySignalKind.Intimidation], SafetySignals.KindsIn("Bullied"));
    }
}
