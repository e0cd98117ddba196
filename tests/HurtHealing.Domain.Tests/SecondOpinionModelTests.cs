using HurtHealing.Domain.Plans;
using HurtHealing.Domain.Safety;

namespace HurtHealing.Domain.Tests;

public class SecondOpinionModelTests
{
    [Fact]
    public void The_shipped_accusation_model_is_what_the_labelled_sentences_train()
    {
        var trained = SentenceModel.Train(SecondOpinionTraining.Accusation);

        Assert.Equal(Resource("accusation.weights"), trained.WeightsAsBytes());
        Assert.Equal(System.Text.Encoding.UTF8.GetString(Resource("accusation.examples.tsv")), SentenceModel.ExamplesAsText(SecondOpinionTraining.Accusation));
    }

    [Fact]
    public void The_shipped_safety_model_is_what_the_labelled_sentences_train()
    {
        var trained = SentenceModel.Train(SecondOpinionTraining.Safety);

        Assert.Equal(Resource("safety.weights"), trained.WeightsAsBytes());
        Assert.Equal(System.Text.Encoding.UTF8.GetString(Resource("safety.examples.tsv")), SentenceModel.ExamplesAsText(SecondOpinionTraining.Safety));
    }

    [Fact]
    public void A_weights_file_round_trips()
    {
        (string, bool, string?)[] examples =
        [
            ("you never listen to me", true, "AlwaysNever"), ("you always forget", true, "AlwaysNever"), ("you're so lazy", true, "YoureSo"),
            ("thank you for dinner", false, null), ("I felt lonely on Tuesday", false, null), ("could you call me later", false, null),
        ];
        var trained = SentenceModel.Train(examples);
        var loaded = SentenceModel.Load(trained.WeightsAsBytes(), SentenceModel.ExamplesAsText(examples));

        Assert.Equal(trained.Probability("you never call me"), loaded.Probability("you never call me"));
        Assert.True(loaded.Probability("you never call me") > loaded.Probability("thank you for the call"));
        Assert.Equal("YoureSo", loaded.NearestLabel("you're so lazy today"));
        Assert.Equal(SentenceModel.NegativeLabel, loaded.NearestLabel("thank you for dinner tonight"));

        // Flagged only with a positive nearest example alike enough to explain it, however sure the weights are.
        Assert.Equal("YoureSo", loaded.Flag("you're so lazy today", threshold: 0));
        Assert.Null(loaded.Flag("thank you for dinner tonight", threshold: 0));
        Assert.Null(loaded.Flag("purple kites drift over the harbour at noon", threshold: 0));
        Assert.Null(loaded.Flag("you're so lazy today", threshold: 1));
    }

    [Fact]
    public void It_reads_only_what_the_rules_found_nothing_in_and_explains_with_a_kind()
    {
        // A sentence the rules let through and the model flags: the finding covers it, with that kind's reason.
        var missed = SecondOpinionTraining.AccusationWriters.Single(w => w.Name == "seventh").Set
            .First(e => e.Positive && AccusationCheck.FindByRulesAlone(e.Text).Count == 0 && AccusationCheck.Find(e.Text).Count > 0);
        var finding = Assert.Single(AccusationCheck.Find(missed.Text));
        Assert.Equal(AccusationCheck.Why(finding.Kind), finding.Why);
        Assert.Equal(missed.Text.Trim().TrimStart('"', '\''), finding.Matched.TrimStart('"', '\''));

        // Where the rules found something, the model adds nothing beside it.
        Assert.Equal(AccusationCheck.FindByRulesAlone("You always interrupt me."), AccusationCheck.Find("You always interrupt me."));
    }

    [Fact]
    public void It_lets_go_of_an_always_never_it_is_all_but_sure_is_praise()
    {
        const string sentence = "You always make the coffee exactly how I like it.";
        Assert.Equal(AccusationKind.AlwaysNever, Assert.Single(AccusationCheck.FindByRulesAlone(sentence)).Kind);
        Assert.True(AccusationCheck.SecondOpinionModel.Clears(sentence, AccusationCheck.VetoCeiling));

        Assert.Empty(AccusationCheck.Find(sentence));
    }

    [Fact]
    public void It_lets_go_of_no_other_kind_and_nothing_beside_another_finding()
    {
        // Of every other kind, a rule finding stands whatever the model thinks of it.
        foreach (var sentence in SecondOpinionTraining.AccusationWriters.SelectMany(w => w.Set).Select(e => e.Text))
        {
            var kept = AccusationCheck.Find(sentence);
            foreach (var ruleFinding in AccusationCheck.FindByRulesAlone(sentence).Where(f => f.Kind != AccusationKind.AlwaysNever))
            {
                Assert.Contains(kept, f => f.Start < ruleFinding.Start + ruleFinding.Length && ruleFinding.Start < f.Start + f.Length);
            }
        }

        // Read in the plan's frame, an always-praise with an accusation beside it in the same part keeps its finding.
        Assert.Contains(AccusationCheck.Find("You always make the coffee exactly how I like it, you selfish idiot."), f => f.Kind == AccusationKind.AlwaysNever);
    }

    [Fact]
    public void A_safety_signal_it_raises_names_a_kind_and_the_whole_sentence()
    {
        var missed = SecondOpinionTraining.SafetyWriters.Single(w => w.Name == "seventh").Set
            .First(e => e.Positive && SafetySignals.FindByRulesAlone(e.Text).Count == 0 && SafetySignals.Find(e.Text).Count > 0);
        var signal = Assert.Single(SafetySignals.Find(missed.Text));

        Assert.True(Enum.IsDefined(signal.Kind));
        Assert.Equal(missed.Text.Substring(signal.Start, signal.Length), signal.Matched);
        Assert.Contains(signal.Kind, SafetySignals.KindsIn(missed.Text));
    }

    private static byte[] Resource(string name)
    {
        using var stream = typeof(SentenceModel).Assembly.GetManifestResourceStream($"HurtHealing.Model.{name}")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
