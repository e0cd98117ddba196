using Microsoft.AspNetCore.Identity;

namespace HurtHealing.Web.Data;

public class AppUser : IdentityUser
{
    public DateTimeOffset CreatedAt { get; set; }
}
