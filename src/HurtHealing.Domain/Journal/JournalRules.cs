namespace HurtHealing.Domain.Journal;

public static class JournalRules
{
    public const int MaxText = 8000;

    public const string FeelingWindowInvitation =
        "For these few minutes, just let yourself feel it. There's nothing to solve or decide yet; write whatever is there.";

    public static IReadOnlyList<int> FeelingWindowMinutes { get; } = [5, 10, 15, 20];

    /// <summary>No window at all (null) is allowed too.</summary>
    public static bool IsFeelingWindowAllowed(int? minutes) => minutes is null || FeelingWindowMinutes.Contains(minutes.Value);
}
