namespace HurtHealing.Web.Data;

/// <summary>
/// A passkey challenge that has been answered once. Identity keeps the challenge in a short-lived cookie, and a
/// cookie can be copied and sent again; this row makes the second answer fail. Written only by
/// <see cref="Infrastructure.Passkeys.SingleUsePasskeyHandler"/>, in one SQL statement.
/// </summary>
public class UsedPasskeyChallenge
{
    /// <summary>A SHA-256 of the state Identity issued with the challenge (the challenge itself is not stored).</summary>
    public required byte[] Hash { get; init; }
    public DateTimeOffset UsedAt { get; init; }
}
