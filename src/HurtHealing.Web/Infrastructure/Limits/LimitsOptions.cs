namespace HurtHealing.Web.Infrastructure.Limits;

/// <summary>How fast the account forms can be used: the request limits, the sign-in back-off and the mail throttle.</summary>
public sealed class LimitsOptions
{
    public const string Section = "Limits";

    /// <summary>The requirement the back-off is built to: never more failed tries than this per account in any hour.</summary>
    public const int MaxFailuresPerHour = 100;

    /// <summary>Posts to the account forms from one IP address.</summary>
    public RequestBucket PerIp { get; set; } = new() { Burst = 20, PerMinute = 10 };

    /// <summary>Posts to the account forms naming one email address (its owner's known devices have their own bucket).</summary>
    public RequestBucket PerAccount { get; set; } = new() { Burst = 10, PerMinute = 5 };

    /// <summary>Wrong passwords (or second-step codes) for one email from devices that have never signed in to it.</summary>
    public FailureBucket Strangers { get; set; } = new() { Burst = 5, PerHour = 75 };

    /// <summary>Wrong tries from the account owner's own devices (a device that has signed in before): a stranger can't use these up.</summary>
    public FailureBucket KnownDevices { get; set; } = new() { Burst = 5, PerHour = 15 };

    /// <summary>Emails of one kind to one account in <see cref="MailWindowMinutes"/>.</summary>
    public int MailPerAccount { get; set; } = 3;

    public int MailWindowMinutes { get; set; } = 60;

    public TimeSpan MailWindow => TimeSpan.FromMinutes(MailWindowMinutes);

    /// <summary>The most failures any hour can hold: both buckets full at its start, plus what refills during it.</summary>
    public int WorstCaseFailuresPerHour => Strangers.Burst + Strangers.PerHour + KnownDevices.Burst + KnownDevices.PerHour;
}

public sealed class RequestBucket
{
    public int Burst { get; set; }
    public int PerMinute { get; set; }
}

public sealed class FailureBucket
{
    public int Burst { get; set; }
    public int PerHour { get; set; }

    public double PerSecond => PerHour / 3600.0;
}
