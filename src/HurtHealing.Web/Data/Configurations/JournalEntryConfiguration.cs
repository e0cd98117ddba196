using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Journal;
using HurtHealing.Web.Data.Encryption;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HurtHealing.Web.Data.Configurations;

public class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.ToTable("journal_entries");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.Property(j => j.Text).IsEncrypted().IsRequired();
        // Deleting an incident deletes what was written about it.
        builder.HasOne<Incident>().WithMany().HasForeignKey(j => j.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(j => new { j.OwnerId, j.WrittenAt });
        builder.HasIndex(j => new { j.IncidentId, j.WrittenAt });
    }
}
