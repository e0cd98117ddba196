using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Journal;
using HurtHealing.Domain.Plans;
using HurtHealing.Domain.Safety;
using HurtHealing.Domain.Tests.Incidents;

namespace HurtHealing.Domain.Tests.Safety;

public class SafetyNoteTests
{
    [Fact]
    public void A_signal_anywhere_in_the_incident_puts_the_note_first_and_moves_the_talk_aside()
    {
        var note = SafetyNotes.ForIncident([SafetySignalKind.Fear], IncidentCategory.Forgotten, IncidentStatus.Fresh);

        Assert.NotNull(note);
        Assert.True(note.TalkStepsAside);
        Assert.StartsWith("You've mentioned being afraid.", note.Text, StringComparison.Ordinal);
        Assert.EndsWith(SafetyNotes.YouDeserveToFeelSafe, note.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(IncidentCategory.Controlling, true)]
    [InlineData(IncidentCategory.Contempt, false)]
    public void Controlling_behaviour_and_contempt_point_gently_to_a_counsellor_and_to_help(IncidentCategory category, bool talkAside)
    {
        var note = SafetyNotes.ForIncident([], category, IncidentStatus.Processing);

        Assert.NotNull(note);
        Assert.Equal(SafetyNotes.ControllingOrContempt, note.Text);
        Assert.Equal(talkAside, note.TalkStepsAside);
        Assert.Contains("isn't your fault", note.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Part_of_a_pattern_points_to_a_counsellor_without_moving_the_talk()
    {
        var note = SafetyNotes.ForIncident([], IncidentCategory.Forgotten, IncidentStatus.PartOfPattern);

        Assert.Equal(new SafetyNote(SafetyNotes.PartOfAPattern, TalkStepsAside: false), note);
    }

    [Fact]
    public void An_ordinary_hurt_gets_no_note()
    {
        foreach (var category in IncidentCategories.All.Where(c => c is not IncidentCategory.Controlling and not IncidentCategory.Contempt))
        {
            Assert.Null(SafetyNotes.ForIncident([], category, IncidentStatus.Fresh));
        }
    }

    [Fact]
    public void The_reading_finds_a_signal_in_each_place_a_person_writes_about_a_hurt()
    {
        static IReadOnlyList<SafetySignalKind> Read(Incident incident, IEnumerable<JournalEntry>? journal = null, IEnumerable<TalkPlan>? plans = null) =>
            SafetyReading.Of(incident, journal ?? [], plans ?? []);

        Assert.Empty(Read(Given.Incident(whatHappened: "They forgot our anniversary dinner.")));
        Assert.Contains(SafetySignalKind.Violence, Read(Given.Incident(whatHappened: "He pushed me against the wall.")));
        Assert.Contains(SafetySignalKind.Fear, Read(Given.Incident(title: "I'm scared of him now", whatHappened: "Another row about money.")));

        var typedFeeling = Given.Incident(whatHappened: "Another row about money.");
        typedFeeling.RecordFeelings([new FeelingRating("unsafe", 8)], Given.Now);
        Assert.Contains(SafetySignalKind.Fear, Read(typedFeeling));

        var quiet = Given.Incident(whatHappened: "Another row about money.");
        var journal = JournalEntry.Create(Given.Owner, "He checks my phone every night and I have to ask before I see my sister.", Given.Now, quiet.Id, null, Given.Now);
        Assert.Contains(SafetySignalKind.MonitoringAndControl, Read(quiet, [journal]));

        var plan = TalkPlan.Create(Given.Owner, quiet.Id, Given.Now);
        plan.AddStatement("you threw the plate at me", "scared", "safety", "stop", Given.Now);
        Assert.Contains(SafetySignalKind.Violence, Read(quiet, plans: [plan]));
    }

    [Fact]
    public void Ordinary_words_in_every_place_raise_nothing()
    {
        var incident = Given.Incident(title: "Late again", whatHappened: "I was afraid I'd be late because they took the car without asking.");
        incident.RecordFeelings([new FeelingRating("hurt", 6), new FeelingRating("lonely", 4)], Given.Now);
        var journal = JournalEntry.Create(Given.Owner, "I'm scared this talk will go badly, but I want to try.", Given.Now, incident.Id, null, Given.Now);
        var plan = TalkPlan.Create(Given.Owner, incident.Id, Given.Now);
        plan.SetNeedToState("To know I can count on the car being there.", Given.Now);

        Assert.Empty(SafetyReading.Of(incident, [journal], [plan]));
    }

    [Theory]
    [InlineData(ReadinessAnswer.Yes)]
    [InlineData(ReadinessAnswer.No)]
    [InlineData(ReadinessAnswer.NotSure)]
    public void After_the_talk_whether_they_felt_safe_is_kept(ReadinessAnswer answer)
    {
        var plan = TalkPlan.Create(Given.Owner, Guid.NewGuid(), Given.Now);
        plan.RecordOutcome("It was hard.", 4, null, null, Given.Now);

        plan.AnswerFeltSafe(answer, Given.Now.AddMinutes(1));

        Assert.Equal(answer, plan.FeltSafe);
        Assert.Throws<ArgumentOutOfRangeException>(() => plan.AnswerFeltSafe((ReadinessAnswer)9, Given.Now));
    }
}
