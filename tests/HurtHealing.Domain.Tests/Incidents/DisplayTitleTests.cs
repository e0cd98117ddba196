namespace HurtHealing.Domain.Tests.Incidents;

public class DisplayTitleTests
{
    private const string Long =
        "We were at dinner with his brother and he told the whole table that my job was not a real job at all.";

    [Fact]
    public void The_title_is_used_when_there_is_one() =>
        Assert.Equal("The dinner", Given.Incident(title: "The dinner", whatHappened: Long).DisplayTitle);

    [Fact]
    public void A_short_text_is_shown_whole() =>
        Assert.Equal("He forgot.", Given.Incident(whatHappened: "He forgot.").DisplayTitle);

    [Fact]
    public void Line_breaks_and_runs_of_spaces_become_single_spaces() =>
        Assert.Equal("He forgot. Again.", Given.Incident(whatHappened: "He forgot.\r\n\r\n  Again.").DisplayTitle);

    [Fact]
    public void A_text_of_exactly_60_characters_is_not_cut()
    {
        var text = Given.Text(60);
        Assert.Equal(text, Given.Incident(whatHappened: text).DisplayTitle);
    }

    [Fact]
    public void A_long_text_is_cut_at_a_word_boundary_with_an_ellipsis()
    {
        var title = Given.Incident(whatHappened: Long).DisplayTitle;

        Assert.Equal("We were at dinner with his brother and he told the whole…", title);
        Assert.True(title.Length <= 61);
    }

    [Fact]
    public void Punctuation_left_at_the_cut_is_dropped()
    {
        var text = "I asked for help with the move, and he said he was busy, again; then he went out.";
        Assert.Equal("I asked for help with the move, and he said he was busy…", Given.Incident(whatHappened: text).DisplayTitle);
    }

    [Fact]
    public void A_text_without_a_word_boundary_is_cut_at_60_characters()
    {
        var title = Given.Incident(whatHappened: Given.Text(80)).DisplayTitle;
        Assert.Equal(Given.Text(60) + "…", title);
    }
}
