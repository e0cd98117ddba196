using HurtHealing.Web.Data.Encryption;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HurtHealing.Web.Data.Configurations;

public class QueuedEmailConfiguration : IEntityTypeConfiguration<QueuedEmail>
{
    public void Configure(EntityTypeBuilder<QueuedEmail> builder)
    {
        builder.ToTable("queued_emails");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.Property(e => e.UserId).HasMaxLength(450).IsRequired();
        builder.Property(e => e.Kind).HasMaxLength(32).IsRequired();
        builder.Property(e => e.ToAddress).IsRequired().IsEncrypted();
        builder.Property(e => e.Subject).IsRequired().IsEncrypted();
        builder.Property(e => e.Body).IsEncrypted();
        builder.HasIndex(e => new { e.UserId, e.Kind, e.EnqueuedAt });
        builder.HasIndex(e => e.NextAttemptAt).HasFilter("\"NextAttemptAt\" IS NOT NULL");
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
