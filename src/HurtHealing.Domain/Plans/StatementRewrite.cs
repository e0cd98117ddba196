namespace HurtHealing.Domain.Plans;

/// <summary>
/// One rewrite of a whole planned statement: its four parts after the rewrite, the sentence they make, and
/// which parts changed. A part that was not flagged comes back exactly as the person wrote it, so "use this
/// rewrite" replaces only the parts in <see cref="Changed"/>.
/// </summary>
public sealed record StatementRewrite(string? When, string? Felt, string? BecauseINeed, string? WouldYou, string Sentence, IReadOnlyList<bool> Changed)
{
    public bool WhenChanged => Changed[0];

    public bool FeltChanged => Changed[1];

    public bool NeedChanged => Changed[2];

    public bool RequestChanged => Changed[3];
}
