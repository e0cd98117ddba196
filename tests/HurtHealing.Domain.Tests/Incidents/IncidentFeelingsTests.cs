using HurtHealing.Domain.Incidents;

namespace HurtHealing.Domain.Tests.Incidents;

public class IncidentFeelingsTests
{
    [Fact]
    public void A_feeling_is_recorded_under_its_normalised_word()
    {
        var incident = Given.Incident();
        var at = Given.Now.AddMinutes(2);

        var record = incident.RecordFeeling("  Humiliated ", 8, at);

        Assert.Same(record, Assert.Single(incident.Feelings));
        Assert.Equal(7, record.Id.Version);
        Assert.Equal(incident.Id, record.IncidentId);
        Assert.Equal(Given.Owner, record.OwnerId);
        Assert.Equal("humiliated", record.Word);
        Assert.Equal(8, record.Intensity);
        Assert.Equal(at, record.RecordedAt);
        Assert.Equal(at, incident.UpdatedAt);
    }

    [Theory]
    [InlineData("betrayed", "betrayed")]
    [InlineData("Criticized", "criticised")]
    public void A_blame_word_is_accepted(string word, string stored) =>
        Assert.Equal(stored, Given.Incident().RecordFeeling(word, 5, Given.Now).Word);

    [Theory]
    [InlineData("")]
    [InlineData("upset")]
    [InlineData("hurt\0")]
    public void A_word_outside_the_vocabulary_is_rejected(string word)
    {
        var incident = Given.Incident();
        Assert.Throws<ArgumentException>(() => incident.RecordFeeling(word, 5, Given.Now));
        Assert.Empty(incident.Feelings);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void Intensity_from_0_to_10_is_accepted(int intensity) =>
        Assert.Equal(intensity, Given.Incident().RecordFeeling("hurt", intensity, Given.Now).Intensity);

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Intensity_outside_0_to_10_is_rejected(int intensity) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Given.Incident().RecordFeeling("hurt", intensity, Given.Now));

    [Fact]
    public void Re_rating_adds_a_record_and_keeps_the_earlier_ones()
    {
        var incident = Given.Incident();
        incident.RecordFeeling("humiliated", 9, Given.Now);
        incident.RecordFeeling("humiliated", 6, Given.Now.AddDays(3));
        incident.RecordFeeling("Humiliated", 3, Given.Now.AddDays(10));

        var history = incident.HistoryOf("humiliated");

        Assert.Equal(3, incident.Feelings.Count);
        Assert.Equal([9, 6, 3], history.Select(f => f.Intensity));
        Assert.Equal([Given.Now, Given.Now.AddDays(3), Given.Now.AddDays(10)], history.Select(f => f.RecordedAt));
    }

    [Fact]
    public void History_of_an_unknown_word_is_empty() => Assert.Empty(Given.Incident().HistoryOf("upset"));

    [Fact]
    public void Latest_feelings_keep_the_newest_rating_of_each_word_in_the_order_first_named()
    {
        var incident = Given.Incident();
        incident.RecordFeeling("angry", 9, Given.Now);
        incident.RecordFeeling("hurt", 8, Given.Now);
        incident.RecordFeeling("angry", 4, Given.Now.AddDays(2));
        incident.RecordFeeling("hopeful", 2, Given.Now.AddDays(2));

        var latest = incident.LatestFeelings;

        Assert.Equal(["angry", "hurt", "hopeful"], latest.Select(f => f.Word));
        Assert.Equal([4, 8, 2], latest.Select(f => f.Intensity));
    }

    [Fact]
    public void Latest_means_latest_in_time_even_if_recorded_out_of_order()
    {
        var incident = Given.Incident();
        incident.RecordFeeling("sad", 3, Given.Now.AddDays(5));
        incident.RecordFeeling("sad", 9, Given.Now.AddDays(1));

        Assert.Equal(3, Assert.Single(incident.LatestFeelings).Intensity);
    }

    [Fact]
    public void Up_to_30_feelings_can_be_recorded_in_one_post()
    {
        var incident = Given.Incident();
        var ratings = FeelingVocabulary.All.Take(30).Select(f => new FeelingRating(f.Word, 5)).ToList();

        var records = incident.RecordFeelings(ratings, Given.Now.AddMinutes(1));

        Assert.Equal(30, records.Count);
        Assert.Equal(30, incident.Feelings.Count);
        Assert.All(records, r => Assert.Equal(Given.Now.AddMinutes(1), r.RecordedAt));
    }

    [Fact]
    public void More_than_30_feelings_in_one_post_are_rejected()
    {
        var incident = Given.Incident();
        var ratings = FeelingVocabulary.All.Take(31).Select(f => new FeelingRating(f.Word, 5)).ToList();

        Assert.Throws<ArgumentException>(() => incident.RecordFeelings(ratings, Given.Now));
        Assert.Empty(incident.Feelings);
    }

    [Fact]
    public void One_bad_rating_means_none_of_the_post_is_recorded()
    {
        var incident = Given.Incident();
        FeelingRating[] ratings = [new("hurt", 7), new("lonely", 11)];

        Assert.Throws<ArgumentOutOfRangeException>(() => incident.RecordFeelings(ratings, Given.Now));
        Assert.Empty(incident.Feelings);
    }

    [Fact]
    public void The_same_word_twice_in_one_post_is_rejected()
    {
        var incident = Given.Incident();
        FeelingRating[] ratings = [new("hurt", 7), new(" Hurt", 3)];

        Assert.Throws<ArgumentException>(() => incident.RecordFeelings(ratings, Given.Now));
        Assert.Empty(incident.Feelings);
    }

    [Fact]
    public void An_empty_post_changes_nothing()
    {
        var incident = Given.Incident();
        Assert.Empty(incident.RecordFeelings([], Given.Now.AddHours(1)));
        Assert.Equal(Given.Now, incident.UpdatedAt);
    }
}
