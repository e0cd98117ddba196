namespace HurtHealing.Web.Data.Encryption;

/// <summary>The blind-index key, encrypted with Data Protection. One row; see <see cref="BlindIndex"/>.</summary>
public sealed class BlindIndexKey(string protectedKey, DateTimeOffset createdAt)
{
    public const int CurrentId = 1;

    public int Id { get; private set; } = CurrentId;
    public string ProtectedKey { get; private set; } = protectedKey;
    public DateTimeOffset CreatedAt { get; private set; } = createdAt;
}
