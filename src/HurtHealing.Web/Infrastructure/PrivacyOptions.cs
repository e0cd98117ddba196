namespace HurtHealing.Web.Infrastructure;

public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>A session with no activity for this long is signed out on the server.</summary>
    public int IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>Idle limit for a session where the person chose "keep me signed in".</summary>
    public int RememberedIdleTimeoutDays { get; set; } = 14;

    /// <summary>Where quick exit sends the person: an ordinary, neutral site.</summary>
    public string QuickExitUrl { get; set; } = "https://www.bbc.co.uk/weather";

    public TimeSpan IdleTimeout => TimeSpan.FromMinutes(IdleTimeoutMinutes);
    public TimeSpan RememberedIdleTimeout => TimeSpan.FromDays(RememberedIdleTimeoutDays);
}
