using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HurtHealing.Web.Data.Encryption;

/// <summary>Keeps every blind index in step with its encrypted choice on each save, whoever changed the choice.</summary>
public sealed class BlindIndexInterceptor(BlindIndex blindIndex) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await FillAsync(context, cancellationToken);
        }
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            FillAsync(context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }
        return result;
    }

    private async ValueTask FillAsync(DbContext context, CancellationToken cancellationToken)
    {
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList())
        {
            foreach (var index in entry.Metadata.GetProperties())
            {
                if (index.FindAnnotation(BlindIndex.Annotation)?.Value is not string source)
                {
                    continue;
                }
                var choice = entry.Property(source).CurrentValue
                    ?? throw new InvalidOperationException($"{entry.Metadata.ClrType.Name}.{source} has a blind index, so it can't be null.");
                var owner = (string)entry.Property("OwnerId").CurrentValue!;
                var value = await blindIndex.ForPlainAsync(entry.Metadata.ClrType.Name, owner, source, EncryptedText.FormatChoice(choice), cancellationToken);
                var column = entry.Property(index.Name);
                if (!Equals(column.CurrentValue, value))
                {
                    column.CurrentValue = value;
                }
            }
        }
    }
}
