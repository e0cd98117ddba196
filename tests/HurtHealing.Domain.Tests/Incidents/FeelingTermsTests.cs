using HurtHealing.Domain.Incidents;

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
}
