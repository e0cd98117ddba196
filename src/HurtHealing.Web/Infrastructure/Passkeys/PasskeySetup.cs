using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Identity;

namespace HurtHealing.Web.Infrastructure.Passkeys;

/// <summary>
/// Passkeys with ASP.NET Core Identity's own WebAuthn support. The relying party id and the origins a passkey
/// may be used from come from configuration (never from the request, which a proxy or a forged Host header
/// could change): <c>Passkeys:RelyingPartyId</c> and <c>Passkeys:Origins</c>, by default the host and origin
/// of <c>Email:PublicBaseUrl</c>.
/// </summary>
public static class PasskeySetup
{
    public const string Section = "Passkeys";

    public static IServiceCollection AddHurtHealingPasskeys(this IServiceCollection services, IConfiguration configuration)
    {
        var (relyingPartyId, origins) = Read(configuration);
        services.Configure<IdentityPasskeyOptions>(options =>
        {
            options.ServerDomain = relyingPartyId;
            // A passkey is this phone's own lock: the person proves it's them (fingerprint, face or PIN) every time.
            options.UserVerificationRequirement = "required";
            // Discoverable, so "Sign in with a passkey" works without typing an email first.
            options.ResidentKeyRequirement = "required";
            options.ValidateOrigin = context => ValueTask.FromResult(
                !context.CrossOrigin && origins.Contains(context.Origin, StringComparer.Ordinal));
        });
        // Registered after AddIdentity's default, so SignInManager gets this one.
        services.AddScoped<IPasskeyHandler<AppUser>, SingleUsePasskeyHandler>();
        return services;
    }

    /// <summary>The relying party id and the allowed origins; refuses to start with a value that can't be right.</summary>
    public static (string RelyingPartyId, string[] Origins) Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var origins = section.GetSection("Origins").Get<string[]>() is { Length: > 0 } listed
            ? listed
            : Uri.TryCreate(configuration[PublicAddress.Setting], UriKind.Absolute, out var publicAddress)
                ? [publicAddress.GetLeftPart(UriPartial.Authority)]
                : [];
        origins = origins.Select(origin => Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                ? uri.GetLeftPart(UriPartial.Authority)
                : throw new InvalidOperationException($"{Section}:Origins: '{origin}' is not an absolute address such as https://hurthealing.example."))
            .ToArray();
        var relyingPartyId = section["RelyingPartyId"] is { Length: > 0 } configured
            ? configured
            : origins.Length > 0 ? new Uri(origins[0]).Host : "";
        foreach (var origin in origins)
        {
            var host = new Uri(origin).Host;
            if (!string.Equals(host, relyingPartyId, StringComparison.OrdinalIgnoreCase)
                && !host.EndsWith("." + relyingPartyId, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"{Section}: the origin {origin} is not on {relyingPartyId} (the relying party id must be its host or a parent domain of it).");
            }
        }
        return (relyingPartyId, origins);
    }
}
