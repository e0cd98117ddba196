using Microsoft.AspNetCore.Identity;

namespace HurtHealing.Web.Data;

public class AppUser : IdentityUser
{
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>IANA id learned from the browser (or chosen); dates and times of incidents are in this zone.</summary>
    public string? TimeZoneId { get; set; }

    /// <summary>Discreet mode: every page title, the icon and the header show a neutral name ("Notes").</summary>
    public bool Discreet { get; set; }
}
