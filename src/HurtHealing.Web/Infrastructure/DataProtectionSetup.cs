using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using HurtHealing.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel;

namespace HurtHealing.Web.Infrastructure;

/// <summary>
/// Data Protection keys live in PostgreSQL so every instance shares them; each key is encrypted with a
/// certificate that is NOT in the database, so a copy of the database alone cannot decrypt anything.
/// </summary>
public static class DataProtectionSetup
{
    public const string Section = "DataProtection";

    public static void AddHurtHealingDataProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(Section);
        var certificatePath = section["CertificatePath"];
        var keyPath = section["KeyPath"];
        if (string.IsNullOrWhiteSpace(certificatePath) || string.IsNullOrWhiteSpace(keyPath))
        {
            throw new InvalidOperationException(
                "DataProtection:CertificatePath and DataProtection:KeyPath must name the PEM certificate and key that protect the key ring (see README).");
        }

        certificatePath = Path.GetFullPath(certificatePath, environment.ContentRootPath);
        keyPath = Path.GetFullPath(keyPath, environment.ContentRootPath);
        if (!File.Exists(certificatePath) && section.GetValue<bool>("CreateCertificateIfMissing"))
        {
            CreateCertificate(certificatePath, keyPath);
        }
        if (!File.Exists(certificatePath) || !File.Exists(keyPath))
        {
            throw new InvalidOperationException($"The Data Protection certificate or key file is missing ({certificatePath}).");
        }

        var certificate = X509Certificate2.CreateFromPemFile(certificatePath, keyPath);
        services.AddDataProtection()
            .SetApplicationName("HurtHealing")
            .PersistKeysToDbContext<AppDbContext>()
            .ProtectKeysWithCertificate(certificate)
            .UnprotectKeysWithAnyCertificate(certificate)
            .UseHurtHealingAlgorithms();
    }

    /// <summary>
    /// AES-256-GCM instead of the default AES-256-CBC + HMAC-SHA256: one authenticated-encryption pass instead of two,
    /// about 20 % less CPU per decryption here (bench/DataProtectionCost) and a shorter payload. Each key records its
    /// own algorithm, so text written under an older CBC key stays readable; keys made from now on (the first key of a
    /// new install, and every rotation after) use GCM.
    /// </summary>
    public static IDataProtectionBuilder UseHurtHealingAlgorithms(this IDataProtectionBuilder builder) =>
        builder.UseCryptographicAlgorithms(new AuthenticatedEncryptorConfiguration
        {
            EncryptionAlgorithm = EncryptionAlgorithm.AES_256_GCM,
            // Ignored for GCM (it authenticates itself), named so the configuration reads as complete.
            ValidationAlgorithm = ValidationAlgorithm.HMACSHA256,
        });

    private static void CreateCertificate(string certificatePath, string keyPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(certificatePath)!);
        Directory.CreateDirectory(Path.GetDirectoryName(keyPath)!);
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest("CN=HurtHealing Data Protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(20));
        File.WriteAllText(keyPath, rsa.ExportPkcs8PrivateKeyPem());
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(keyPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
    }
}
