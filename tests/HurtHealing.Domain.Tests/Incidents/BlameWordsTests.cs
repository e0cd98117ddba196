using HurtHealing.Domain.Incidents;

namespace HurtHealing.Domain.Tests.Incidents;

public class BlameWordsTests
{
    [Fact]
    public void There_are_at_least_fifteen_distinct_blame_words()
    {
        Assert.True(BlameWords.All.Count >= 15, $"only {BlameWords.All.Count}");
        Assert.Equal(BlameWords.All.Count, BlameWords.All.Select(b => b.Word).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Every_underlying_feeling_is_a_vocabulary_word() =>
        Assert.All(BlameWords.All, blame =>
        {
            Assert.NotEmpty(blame.UnderlyingFeelings);
            Assert.All(blame.UnderlyingFeelings, feeling => Assert.True(FeelingVocabulary.IsKnown(feeling), $"{blame.Word} -> {feeling}"));
            Assert.Equal(blame.UnderlyingFeelings.Count, blame.UnderlyingFeelings.Distinct().Count());
        });

    [Theory]
    [InlineData("criticized")]
    [InlineData("patronized")]
    public void Blame_words_and_their_other_spellings_are_not_in_the_feeling_vocabulary(string otherSpelling)
    {
        Assert.All(BlameWords.All, blame => Assert.False(FeelingVocabulary.IsKnown(blame.Word), blame.Word));
        Assert.False(FeelingVocabulary.IsKnown(otherSpelling));
    }

    [Fact]
    public void Every_blame_word_is_a_lower_case_key_with_a_one_line_explanation() =>
        Assert.All(BlameWords.All, blame =>
        {
            Assert.Equal(blame.Word.Trim().ToLowerInvariant(), blame.Word);
            Assert.False(string.IsNullOrWhiteSpace(blame.Explanation), blame.Word);
            Assert.DoesNotContain('\n', blame.Explanation);
            Assert.True(blame.Explanation.Length <= 120, $"{blame.Word}: explanation too long");
        });

    [Fact]
    public void Betrayed_points_to_hurt_shock_and_anger()
    {
        Assert.True(BlameWords.TryGetUnderlying(" Betrayed ", out var blame));
        Assert.Equal("betrayed", blame.Word);
        Assert.Equal(["hurt", "shocked", "angry"], blame.UnderlyingFeelings);
    }

    [Theory]
    [InlineData("criticized", "criticised")]
    [InlineData("Patronized", "patronised")]
    public void Other_spellings_lead_to_the_same_entry(string typed, string word)
    {
        Assert.True(BlameWords.TryGetUnderlying(typed, out var blame));
        Assert.Equal(word, blame.Word);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("hurt")]
    [InlineData("upset")]
    public void Feelings_and_unknown_words_are_not_blame_words(string? typed)
    {
        Assert.False(BlameWords.TryGetUnderlying(typed, out var blame));
        Assert.Null(blame);
        Assert.False(BlameWords.IsBlameWord(typed));
    }

    [Fact]
    public void The_guidance_is_written_out() => Assert.False(string.IsNullOrWhiteSpace(BlameWords.Guidance));
}
