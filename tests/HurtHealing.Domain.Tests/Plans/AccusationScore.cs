using System.Globalization;
using System.Text;
using HurtHealing.Domain.Plans;

namespace HurtHealing.Domain.Tests.Plans;

/// <summary>
/// Caught (any finding that is not a boundary), clean flagged (any finding at all), and recall and precision per kind.
/// Shared by the corpus tests and <c>bench/AccusationModel</c> (which scores rules + the nearest-example model and
/// sealed TSV files), so both print the same table.
/// </summary>
internal sealed record AccusationScore(string Text, double Caught, double CleanFlagged, IReadOnlyList<(AccusationKind Kind, double Recall, double Precision)> PerKind)
{
    public static AccusationScore Of(string title, IReadOnlyList<AccusationCorpus.Sample> accusatory, IReadOnlyList<AccusationCorpus.Sample> clean, IReadOnlyList<AccusationCorpus.Sample>? extra = null) =>
        Of(title, accusatory, clean, extra, AccusationCheck.Find, showSentences: true);

    // find: the check to score (the rules alone, or the rules with a second opinion); showSentences false for a
    // sealed set: only counts are printed, never its sentences.
    public static AccusationScore Of(
        string title,
        IReadOnlyList<AccusationCorpus.Sample> accusatory,
        IReadOnlyList<AccusationCorpus.Sample> clean,
        IReadOnlyList<AccusationCorpus.Sample>? extra,
        Func<string, IReadOnlyList<AccusationFinding>> find,
        bool showSentences)
    {
        var inv = CultureInfo.InvariantCulture;
        var labelled = accusatory.Concat(extra ?? []).ToList();
        var all = labelled.Concat(clean).Select(s => (Sample: s, Findings: find(s.Text))).ToList();
        var report = new StringBuilder();
        report.AppendLine(inv, $"{title}: {all.Count} sentences ({labelled.Count(s => s.Kind != AccusationKind.Boundary)} accusatory, {labelled.Count(s => s.Kind == AccusationKind.Boundary)} boundaries, {clean.Count} clean)");
        report.AppendLine(inv, $"{"kind",-20}{"samples",8}{"caught",8}{"recall",9}{"found",7}{"fair",6}{"precision",11}");
        var perKind = new List<(AccusationKind, double, double)>();
        foreach (var kind in Enum.GetValues<AccusationKind>())
        {
            var samples = all.Where(x => x.Sample.Kind == kind).ToList();
            var caught = samples.Count(x => x.Findings.Any(f => f.Kind == kind || x.Sample.AlsoFair.Contains(f.Kind)));
            var found = all.Sum(x => x.Findings.Count(f => f.Kind == kind));
            var fair = all.Sum(x => x.Findings.Count(f => f.Kind == kind && x.Sample.IsFair(kind)));
            report.AppendLine(inv, $"{kind,-20}{samples.Count,8}{caught,8}{Ratio(caught, samples.Count),9}{found,7}{fair,6}{Ratio(fair, found),11}");
            if (samples.Count > 0)
            {
                perKind.Add((kind, (double)caught / samples.Count, found == 0 ? 1.0 : (double)fair / found));
            }
        }

        var accusations = all.Where(x => x.Sample.Kind is { } k && k != AccusationKind.Boundary).ToList();
        var caughtAny = accusations.Count(x => x.Findings.Any(f => f.Kind != AccusationKind.Boundary));
        var flagged = all.Where(x => x.Sample.Kind is null && x.Findings.Count > 0).ToList();
        report.AppendLine(inv, $"Accusatory caught (any kind): {caughtAny}/{accusations.Count} = {Ratio(caughtAny, accusations.Count)}");
        report.AppendLine(inv, $"Clean flagged: {flagged.Count}/{clean.Count} = {Ratio(flagged.Count, clean.Count)}");
        if (showSentences)
        {
            foreach (var (sample, findings) in all.Where(x => x.Sample.Kind is { } k && !x.Findings.Any(f => f.Kind == k || x.Sample.AlsoFair.Contains(f.Kind))))
            {
                report.AppendLine(inv, $"  missed ({sample.Kind}): {sample.Text} -> {Describe(findings)}");
            }
            foreach (var (sample, findings) in all.Where(x => x.Sample.Kind is not null))
            {
                foreach (var f in findings.Where(f => !sample.IsFair(f.Kind)))
                {
                    report.AppendLine(inv, $"  also found {f.Kind} '{f.Matched}' in ({sample.Kind}): {sample.Text}");
                }
            }
            foreach (var (sample, findings) in flagged)
            {
                report.AppendLine(inv, $"  clean flagged: {sample.Text} -> {Describe(findings)}");
            }
        }

        return new AccusationScore(report.ToString(), accusations.Count == 0 ? 0 : (double)caughtAny / accusations.Count, clean.Count == 0 ? 0 : (double)flagged.Count / clean.Count, perKind);
    }

    private static string Describe(IReadOnlyList<AccusationFinding> findings) =>
        string.Join("; ", findings.Select(f => $"{f.Kind} '{f.Matched}'")) is { Length: > 0 } d ? d : "(none)";

    private static string Ratio(int part, int whole) =>
        whole == 0 ? "-" : ((double)part / whole).ToString("P1", CultureInfo.InvariantCulture);
}
