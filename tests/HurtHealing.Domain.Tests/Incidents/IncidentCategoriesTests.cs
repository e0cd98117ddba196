using HurtHealing.Domain.Incidents;

namespace HurtHealing.Domain.Tests.Incidents;

public class IncidentCategoriesTests
{
    [Theory]
    [InlineData(IncidentCategory.Dismissed, "Dismissed or belittled")]
    [InlineData(IncidentCategory.Forgotten, "Forgotten or neglected")]
    [InlineData(IncidentCategory.BrokenPromise, "A broken promise")]
    [InlineData(IncidentCategory.Criticism, "Criticism")]
    [InlineData(IncidentCategory.Contempt, "Contempt or mockery")]
    [InlineData(IncidentCategory.Betrayal, "Betrayal or dishonesty")]
    [InlineData(IncidentCategory.Stonewalling, "Stonewalling or the silent treatment")]
    [InlineData(IncidentCategory.Controlling, "Controlling behaviour")]
    [InlineData(IncidentCategory.Other, "Something else")]
    public void Each_category_has_its_label(IncidentCategory category, string label) =>
        Assert.Equal(label, IncidentCategories.Label(category));

    [Fact]
    public void All_lists_every_category_once_each_with_a_one_line_hint()
    {
        Assert.Equal(Enum.GetValues<IncidentCategory>(), IncidentCategories.All);
        Assert.Equal(9, IncidentCategories.All.Count);
        Assert.All(IncidentCategories.All, category =>
        {
            var hint = IncidentCategories.Hint(category);
            Assert.False(string.IsNullOrWhiteSpace(hint));
            Assert.DoesNotContain('\n', hint);
        });
        Assert.Equal(9, IncidentCategories.All.Select(IncidentCategories.Hint).Distinct().Count());
    }

    [Theory]
    [InlineData("Betrayal", IncidentCategory.Betrayal)]
    [InlineData("brokenpromise", IncidentCategory.BrokenPromise)]
    [InlineData("  Stonewalling ", IncidentCategory.Stonewalling)]
    public void TryParse_accepts_a_name_in_any_case(string value, IncidentCategory expected)
    {
        Assert.True(IncidentCategories.TryParse(value, out var category));
        Assert.Equal(expected, category);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("-1")]
    [InlineData("99")]
    [InlineData("Dismissed, Forgotten")]
    [InlineData("Neglect")]
    public void TryParse_rejects_numbers_lists_and_unknown_names(string? value) =>
        Assert.False(IncidentCategories.TryParse(value, out _));

    [Fact]
    public void An_undefined_category_has_no_label() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => IncidentCategories.Label((IncidentCategory)0));
}
