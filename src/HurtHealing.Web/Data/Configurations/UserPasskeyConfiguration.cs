using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HurtHealing.Web.Data.Configurations;

/// <summary>
/// Identity's passkey table (schema version 3), plus when each passkey last signed someone in: Identity keeps
/// no such date, and the account page shows it so a person can spot one they don't recognise.
/// </summary>
public class UserPasskeyConfiguration : IEntityTypeConfiguration<IdentityUserPasskey<string>>
{
    public const string LastUsedAt = "LastUsedAt";

    public void Configure(EntityTypeBuilder<IdentityUserPasskey<string>> builder)
    {
        builder.Property<DateTimeOffset?>(LastUsedAt);
        builder.HasIndex(p => p.UserId);
    }
}
