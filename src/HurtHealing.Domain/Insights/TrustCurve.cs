namespace HurtHealing.Domain.Insights;

/// <summary>
/// One week of the trust curve, as one SQL <c>GROUP BY</c> week can give it. Weeks start on Monday in
/// the person's time zone (PostgreSQL's <c>date_trunc('week', …)</c>). A promise counts in the week its
/// follow-through was last set (<c>Promise.StatusChangedAt</c>); a repair attempt in the week it was made.
/// <c>PartnerAttempts</c> are the repair attempts my partner made that week, <c>Acknowledged</c> the ones of
/// those I acknowledged.
/// </summary>
public sealed record TrustWeek(DateOnly WeekStart, int Kept, int PartlyKept, int Broken, int PartnerAttempts, int Acknowledged);

// Explicit numbers: stored values must not shift if members are reordered. 0 is left unused so an unset value is never a real one.
public enum TrustBalance
{
    NothingSettled = 1,
    MostKept = 2,
    MoreKeptThanBroken = 3,
    AsManyKeptAsBroken = 4,
    AllPartlyKept = 5,
    MoreBrokenThanKept = 6,
}

public sealed record TrustCurve(IReadOnlyList<TrustWeek> Weeks, TrustBalance Balance, string Sentence);

/// <summary>
/// Trust over time: promises kept, partly kept and broken per week, and acknowledged repair attempts,
/// over the last <see cref="WeeksShown"/> weeks, with one honest sentence about the last
/// <see cref="MonthWeeks"/> weeks (this week and the three before it). A partly kept promise tips the
/// balance neither way: it is counted as settled but neither as kept nor as broken.
/// </summary>
public static class TrustCurves
{
    public const int WeeksShown = 12;
    public const int MonthWeeks = 4;

    // The reference article and Gottman's work on trust: it is rebuilt by behaviour that matches words,
    // seen consistently over weeks, and by noticing the repairs that are made.
    public const string Consistency =
        "Trust comes back through what happens again and again over weeks, more than through any one week.";

    /// <summary>The Monday on or before <paramref name="day"/>.</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>
    /// The last <see cref="WeeksShown"/> weeks up to the week of <paramref name="today"/>, oldest first,
    /// with weeks that had nothing filled in as zeros. Rows for the same week are added together; rows
    /// outside the span are left out.
    /// </summary>
    public static TrustCurve Build(IEnumerable<TrustWeek> weeks, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        var last = WeekStart(today);
        var first = last.AddDays(-7 * (WeeksShown - 1));
        var byWeek = weeks
            .Select(w => w with { WeekStart = WeekStart(w.WeekStart) })
            .Where(w => w.WeekStart >= first && w.WeekStart <= last)
            .GroupBy(w => w.WeekStart)
            .ToDictionary(g => g.Key, g => g.Aggregate((a, b) => new TrustWeek(
                a.WeekStart, a.Kept + b.Kept, a.PartlyKept + b.PartlyKept, a.Broken + b.Broken,
                a.PartnerAttempts + b.PartnerAttempts, a.Acknowledged + b.Acknowledged)));

        var filled = Enumerable.Range(0, WeeksShown)
            .Select(i => first.AddDays(7 * i))
            .Select(start => byWeek.TryGetValue(start, out var week) ? week : new TrustWeek(start, 0, 0, 0, 0, 0))
            .ToList();

        var month = filled.Skip(WeeksShown - MonthWeeks).ToList();
        var balance = Balance(month.Sum(w => w.Kept), month.Sum(w => w.PartlyKept), month.Sum(w => w.Broken));
        return new TrustCurve(filled, balance, Sentence(balance));
    }

    public static TrustBalance Balance(int kept, int partlyKept, int broken)
    {
        if (kept < 0 || partlyKept < 0 || broken < 0)
            throw new ArgumentOutOfRangeException(nameof(kept), "Counts cannot be negative.");
        var settled = kept + partlyKept + broken;
        if (settled == 0)
            return TrustBalance.NothingSettled;
        if (broken > kept)
            return TrustBalance.MoreBrokenThanKept;
        if (kept * 2 > settled)
            return TrustBalance.MostKept;
        if (kept == 0 && broken == 0)
            return TrustBalance.AllPartlyKept;
        return kept == broken ? TrustBalance.AsManyKeptAsBroken : TrustBalance.MoreKeptThanBroken;
    }

    // Facts about promises, never about the partner as a person: the sentence counts, it doesn't judge.
    public static string Sentence(TrustBalance balance) => balance switch
    {
        TrustBalance.NothingSettled => "No promise was marked kept or broken in the last month.",
        TrustBalance.MostKept => "Most promises in the last month were kept.",
        TrustBalance.MoreKeptThanBroken => "More promises were kept than broken in the last month, some of them only partly.",
        TrustBalance.AsManyKeptAsBroken => "In the last month, about as many promises were kept as were broken.",
        TrustBalance.AllPartlyKept => "The promises settled in the last month were each kept in part.",
        TrustBalance.MoreBrokenThanKept => "More promises were broken than kept in the last month.",
        _ => throw new ArgumentOutOfRangeException(nameof(balance), balance, "Not a defined balance."),
    };
}
