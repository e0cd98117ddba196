using HurtHealing.Domain.Incidents;

namespace HurtHealing.Domain.Tests.Incidents;

public class FeelingVocabularyTests
{
    [Fact]
    public void Has_at_least_sixty_words_in_six_to_eight_families()
    {
        Assert.True(FeelingVocabulary.All.Count >= 60, $"only {FeelingVocabulary.All.Count} words");
        Assert.InRange(FeelingVocabulary.Families.Count, 6, 8);
        Assert.Equal(FeelingVocabulary.Families.Count, FeelingVocabulary.Families.Select(f => f.Family).Distinct().Count());
        Assert.All(FeelingVocabulary.Families, family =>
        {
            Assert.False(string.IsNullOrWhiteSpace(family.Label));
            Assert.True(family.Words.Count >= 5, $"{family.Label} has only {family.Words.Count} words");
            Assert.All(family.Words, word => Assert.Equal(family.Family, word.Family));
        });
    }

    [Fact]
    public void No_word_appears_twice()
    {
        var words = FeelingVocabulary.All.Select(w => w.Word).ToList();
        Assert.Equal(words.Count, words.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Every_word_is_a_trimmed_lower_case_key_with_a_one_line_definition()
    {
        Assert.All(FeelingVocabulary.All, feeling =>
        {
            Assert.Equal(feeling.Word.Trim().ToLowerInvariant(), feeling.Word);
            Assert.False(string.IsNullOrWhiteSpace(feeling.Definition), feeling.Word);
            Assert.DoesNotContain('\n', feeling.Definition);
            Assert.EndsWith(".", feeling.Definition, StringComparison.Ordinal);
            Assert.True(feeling.Definition.Length <= 100, $"{feeling.Word}: definition too long");
        });
    }

    [Fact]
    public void All_is_the_families_words_in_order() =>
        Assert.Equal(FeelingVocabulary.Families.SelectMany(f => f.Words), FeelingVocabulary.All);

    [Fact]
    public void The_families_include_an_easing_one_for_lighter_days() =>
        Assert.Contains(FeelingVocabulary.Families, f => f.Family == FeelingFamily.Easing && f.Words.Any(w => w.Word == "relieved"));

    [Theory]
    [InlineData("humiliated")]
    [InlineData("  Humiliated ")]
    [InlineData("HUMILIATED")]
    public void Lookup_ignores_case_and_surrounding_spaces(string typed)
    {
        Assert.True(FeelingVocabulary.TryGet(typed, out var feeling));
        Assert.Equal("humiliated", feeling.Word);
        Assert.Equal(FeelingFamily.Hurt, feeling.Family);
        Assert.True(FeelingVocabulary.IsKnown(typed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("upset")]
    [InlineData("humiliatedd")]
    [InlineData("betrayed")]
    public void Unknown_words_are_not_found(string? typed)
    {
        Assert.False(FeelingVocabulary.TryGet(typed, out var feeling));
        Assert.Null(feeling);
        Assert.False(FeelingVocabulary.IsKnown(typed));
    }
}
