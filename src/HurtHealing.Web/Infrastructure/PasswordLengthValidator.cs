using Microsoft.AspNetCore.Identity;

namespace HurtHealing.Web.Infrastructure;

/// <summary>Identity has a minimum length but no maximum; very long inputs only cost hashing time.</summary>
public sealed class PasswordLengthValidator<TUser> : IPasswordValidator<TUser> where TUser : class
{
    public const int MaxLength = 128;

    public Task<IdentityResult> ValidateAsync(UserManager<TUser> manager, TUser user, string? password) =>
        Task.FromResult(password is { Length: > MaxLength }
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooLong",
                Description = $"Please use at most {MaxLength} characters.",
            })
            : IdentityResult.Success);
}
