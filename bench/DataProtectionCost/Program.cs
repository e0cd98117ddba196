using System.Diagnostics;

using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;

// Microseconds per Data Protection call as the app makes them: a free-text column (about 200 characters) and a
// padded 40-character choice, protected and unprotected, with one protector reused and with CreateProtector per call;
// first under the framework's default (AES-256-CBC + HMAC-SHA256) and then under AES-256-GCM. Each figure is the
// median of several rounds. The last line checks that a payload written under the old key still reads after the
// switch (keys carry their own algorithm).
const int Calls = 5_000;
const int Rounds = 9;
const string Purpose = "HurtHealing.FreeText.v1";
var freeText = string.Concat(Enumerable.Repeat("He said it in front of everyone and laughed when I went quiet. ", 3)).Trim();
var choice = "hurt".PadRight(40);

var keys = Directory.CreateTempSubdirectory("dp-cost-");
try
{
    var cbc = Provider(keys, gcm: false);
    var oldPayload = cbc.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect(freeText);
    Report("AES-256-CBC + HMAC-SHA256 (default)", cbc);

    var gcm = Provider(keys, gcm: true);
    // A new key takes the configured algorithm; older keys keep theirs.
    gcm.GetRequiredService<IKeyManager>().CreateNewKey(DateTimeOffset.UtcNow.AddSeconds(-1), DateTimeOffset.UtcNow.AddDays(90));
    Report("AES-256-GCM", Provider(keys, gcm: true));
    var readable = Provider(keys, gcm: true).GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(oldPayload) == freeText;
    Console.WriteLine($"A payload written under the old CBC key reads under the GCM configuration: {readable}");
    return readable ? 0 : 1;
}
finally
{
    keys.Delete(recursive: true);
}

static ServiceProvider Provider(DirectoryInfo keys, bool gcm)
{
    var services = new ServiceCollection();
    var builder = services.AddDataProtection().SetApplicationName("HurtHealing").PersistKeysToFileSystem(keys);
    if (gcm)
    {
        builder.UseCryptographicAlgorithms(new AuthenticatedEncryptorConfiguration
        {
            EncryptionAlgorithm = EncryptionAlgorithm.AES_256_GCM,
            ValidationAlgorithm = ValidationAlgorithm.HMACSHA256,
        });
    }
    return services.BuildServiceProvider();
}

void Report(string name, ServiceProvider services)
{
    var provider = services.GetRequiredService<IDataProtectionProvider>();
    var protector = provider.CreateProtector(Purpose);
    var textPayload = protector.Protect(freeText);
    var choicePayload = protector.Protect(choice);
    Console.WriteLine($"{name}: payload {textPayload.Length} chars for {freeText.Length} of text, {choicePayload.Length} for a choice");
    var cases = new (string Name, Func<string> Call)[]
    {
        ("unprotect free text, reused protector", () => protector.Unprotect(textPayload)),
        ("unprotect free text, CreateProtector per call", () => provider.CreateProtector(Purpose).Unprotect(textPayload)),
        ("unprotect a choice, reused protector", () => protector.Unprotect(choicePayload)),
        ("protect free text, reused protector", () => protector.Protect(freeText)),
    };
    // Rounds alternate between the cases, so a busy moment on a shared machine falls on all of them alike.
    var results = cases.Select(_ => new double[Rounds]).ToArray();
    for (var round = -1; round < Rounds; round++)
    {
        for (var c = 0; c < cases.Length; c++)
        {
            var cost = CpuMicrosecondsPerCall(cases[c].Call);
            if (round >= 0)
            {
                results[c][round] = cost;
            }
        }
    }
    for (var c = 0; c < cases.Length; c++)
    {
        Array.Sort(results[c]);
        Console.WriteLine($"  {cases[c].Name,-48} {results[c][Rounds / 2],7:F2} µs CPU per call (median of {Rounds} rounds of {Calls:N0})");
    }
}

// Process CPU time rather than wall time: other work on a shared machine barely moves it.
static double CpuMicrosecondsPerCall(Func<string> call)
{
    var before = Process.GetCurrentProcess().TotalProcessorTime;
    for (var i = 0; i < Calls; i++)
    {
        call();
    }
    return (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMicroseconds / Calls;
}
