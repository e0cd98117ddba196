namespace HurtHealing.Domain.Plans;

/// <summary>
/// One "I feel" statement in a talk plan: when… / I felt… / because I need… / would you….
/// </summary>
/// <remarks>
/// Kept as four parts rather than one block of text: the phone screen guides one part at a time,
/// each part can be checked on its own, and the full sentence is always composed the same way
/// by <see cref="StatementRewriter.Compose"/>. Owned by <see cref="TalkPlan"/>; change it through the plan.
/// </remarks>
public sealed class FeelStatement
{
    private FeelStatement()
    {
    }

    internal FeelStatement(int position, string? when, string? felt, string? becauseINeed, string? wouldYou, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7(createdAt);
        Position = position;
        Set(when, felt, becauseINeed, wouldYou);
    }

    public Guid Id { get; private set; }

    /// <summary>Zero-based order within the plan.</summary>
    public int Position { get; internal set; }

    public string? When { get; private set; }

    public string? Felt { get; private set; }

    public string? BecauseINeed { get; private set; }

    public string? WouldYou { get; private set; }

    /// <summary>The statement as one sentence, e.g. "When you left early, I felt alone, because I need… Would you…?"</summary>
    public string ToSentence() => StatementRewriter.Compose(When, Felt, BecauseINeed, WouldYou);

    internal void Set(string? when, string? felt, string? becauseINeed, string? wouldYou)
    {
        var w = Guard.OptionalText(when, TalkPlanRules.StatementPartMaxLength, nameof(when));
        var f = Guard.OptionalText(felt, TalkPlanRules.StatementPartMaxLength, nameof(felt));
        var n = Guard.OptionalText(becauseINeed, TalkPlanRules.StatementPartMaxLength, nameof(becauseINeed));
        var r = Guard.OptionalText(wouldYou, TalkPlanRules.StatementPartMaxLength, nameof(wouldYou));
        if (w is null && f is null && n is null && r is null)
        {
            throw new ArgumentException("A statement needs at least one part.", nameof(felt));
        }

        (When, Felt, BecauseINeed, WouldYou) = (w, f, n, r);
    }
}
