using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace HurtHealing.Web.Infrastructure;

/// <summary>What a person is told about the sign-in pause, worded from the configured lockout so the numbers are never stale.</summary>
public static class LockoutWording
{
    /// <summary>"15 minutes", "1 hour", "90 seconds".</summary>
    public static string Pause(LockoutOptions lockout)
    {
        ArgumentNullException.ThrowIfNull(lockout);
        var span = lockout.DefaultLockoutTimeSpan;
        return span.TotalMinutes switch
        {
            >= 60 when span.TotalHours % 1 == 0 => Count((int)span.TotalHours, "hour"),
            >= 1 when span.TotalMinutes % 1 == 0 => Count((int)span.TotalMinutes, "minute"),
            _ => Count((int)Math.Ceiling(span.TotalSeconds), "second"),
        };
    }

    /// <summary>One answer for every failed sign-in (unknown email, wrong password, locked out).</summary>
    public static string WrongSignIn(LockoutOptions lockout) =>
        $"That email and password don't match an account. After {lockout.MaxFailedAccessAttempts.ToString(CultureInfo.InvariantCulture)} wrong tries in a row, sign-in pauses for {Pause(lockout)}.";

    public static string TooManyCodes(LockoutOptions lockout) =>
        $"Too many wrong codes in a row. For your safety, sign-in pauses for {Pause(lockout)}.";

    public static string TooManyPasswords(LockoutOptions lockout) =>
        $"Too many wrong tries in a row. For your safety, please wait {Pause(lockout)} and try again. Nothing has changed.";

    private static string Count(int n, string unit) => n == 1 ? $"1 {unit}" : $"{n.ToString(CultureInfo.InvariantCulture)} {unit}s";
}
