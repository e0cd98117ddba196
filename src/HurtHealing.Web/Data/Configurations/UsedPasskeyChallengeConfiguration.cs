using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HurtHealing.Web.Data.Configurations;

public class UsedPasskeyChallengeConfiguration : IEntityTypeConfiguration<UsedPasskeyChallenge>
{
    public void Configure(EntityTypeBuilder<UsedPasskeyChallenge> builder)
    {
        builder.ToTable("used_passkey_challenges");
        builder.HasKey(c => c.Hash);
        builder.Property(c => c.Hash).HasColumnName("hash").HasMaxLength(32);
        builder.Property(c => c.UsedAt).HasColumnName("used_at");
        builder.HasIndex(c => c.UsedAt);
    }
}
