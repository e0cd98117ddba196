using HurtHealing.Domain.CheckIns;
using HurtHealing.Domain.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HurtHealing.Web.Data.Configurations;

public class CheckInInvitationDismissalConfiguration : IEntityTypeConfiguration<CheckInInvitationDismissal>
{
    public void Configure(EntityTypeBuilder<CheckInInvitationDismissal> builder)
    {
        builder.ToTable("check_in_invitation_dismissals");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasOne<Incident>().WithMany().HasForeignKey(d => d.IncidentId).OnDelete(DeleteBehavior.Cascade);
        // Dismissed for good, once: a second tap finds the first.
        builder.HasIndex(d => new { d.OwnerId, d.IncidentId }).IsUnique();
    }
}
