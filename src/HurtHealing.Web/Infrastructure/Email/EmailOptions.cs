namespace HurtHealing.Web.Infrastructure.Email;

public sealed class EmailOptions
{
    public const string Section = "Email";

    public string FromAddress { get; set; } = "no-reply@hurthealing.local";
    public string FromName { get; set; } = "Notes";

    /// <summary>The address links in emails start with (e.g. https://hurthealing.example). Required: the app refuses to start without it.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>SMTP host. Empty means no server: messages are written as .eml files to <see cref="PickupDirectory"/>.</summary>
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }

    /// <summary>Where .eml files go when no SMTP host is set. Relative paths are under the content root.</summary>
    public string PickupDirectory { get; set; } = "../../.data/mail";
}
