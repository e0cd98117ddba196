using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;

namespace HurtHealing.Web.Tests.Privacy;

/// <summary>
/// New Data Protection keys use AES-256-GCM, and text written under a key made before the switch (the framework's
/// default, AES-256-CBC + HMAC-SHA256) still reads: each key carries its own algorithm. No database: the key ring is
/// a folder here, as the algorithm doesn't depend on where keys are kept.
/// </summary>
public sealed class DataProtectionAlgorithmTests : IDisposable
{
    private const string Purpose = "HurtHealing.FreeText.v1";
    private readonly DirectoryInfo _keys = Directory.CreateTempSubdirectory("hh-dp-keys-");

    public void Dispose() => _keys.Delete(recursive: true);

    [Fact]
    public void New_keys_use_AES_256_GCM_and_text_under_an_older_CBC_key_still_reads()
    {
        string written;
        using (var before = Services(withAppAlgorithms: false))
        {
            written = before.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect("What happened, in my words.");
            Assert.Equal(EncryptionAlgorithm.AES_256_CBC, Algorithm(before.GetRequiredService<IKeyManager>().GetAllKeys().Single()));
        }

        using var after = Services(withAppAlgorithms: true);
        var keys = after.GetRequiredService<IKeyManager>();
        var now = DateTimeOffset.UtcNow;
        var rotated = keys.CreateNewKey(now.AddMinutes(-1), now.AddDays(90));

        Assert.Equal(EncryptionAlgorithm.AES_256_GCM, Algorithm(rotated));
        var protector = after.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);
        Assert.Equal("What happened, in my words.", protector.Unprotect(written));
        Assert.Equal("New words.", protector.Unprotect(protector.Protect("New words.")));
    }

    private ServiceProvider Services(bool withAppAlgorithms)
    {
        var services = new ServiceCollection();
        var builder = services.AddDataProtection().SetApplicationName("HurtHealing").PersistKeysToFileSystem(_keys);
        if (withAppAlgorithms)
        {
            builder.UseHurtHealingAlgorithms();
        }
        return services.BuildServiceProvider();
    }

    /// <summary>The algorithm the key ring records for a key, as its XML says.</summary>
    private static EncryptionAlgorithm Algorithm(IKey key) =>
        Enum.Parse<EncryptionAlgorithm>(key.Descriptor.ExportToXml().SerializedDescriptorElement.Element("encryption")!.Attribute("algorithm")!.Value);
}
