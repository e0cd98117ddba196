using Microsoft.Extensions.Options;

namespace HurtHealing.Web.Infrastructure.Limits;

/// <summary>
/// Every sentence about limited tries, built from the configured limits so the words never disagree with
/// the numbers. Sign-in, the second step and the password re-check all take their wording from here.
/// </summary>
public sealed class AttemptWording(IOptions<LimitsOptions> options)
{
    public string SignInFailed =>
        "That email and password don't match an account we can sign you in to. If you've just created your account, "
        + "please open the link we emailed you first. "
        + $"After {options.Value.Strangers.Burst} wrong tries, sign-in slows down for a while; it never locks you out.";

    public string SignInPaused(TimeSpan wait) =>
        $"There have been several wrong tries for this email, so sign-in is slowed down to keep the account safe. Please try again in {Describe(wait)}.";

    public string CodePaused(TimeSpan wait) =>
        $"There have been several wrong codes, so this step is slowed down to keep your account safe. Please try again in {Describe(wait)}.";

    public string RecheckPaused(TimeSpan wait) =>
        $"There have been several wrong tries, so this is slowed down to keep your account safe. Please try again in {Describe(wait)}. Nothing has changed.";

    /// <summary>"about 40 seconds", "about 3 minutes": a calm, rounded wait.</summary>
    public static string Describe(TimeSpan wait)
    {
        if (wait <= TimeSpan.FromSeconds(60))
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            return seconds == 1 ? "a second" : $"about {seconds} seconds";
        }
        var minutes = (int)Math.Ceiling(wait.TotalMinutes);
        return $"about {minutes} minutes";
    }
}
