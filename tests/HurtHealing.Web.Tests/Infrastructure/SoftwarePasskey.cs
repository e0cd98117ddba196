using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace HurtHealing.Web.Tests.Infrastructure;

/// <summary>
/// A passkey made in the test, the way a phone's platform authenticator makes one (WebAuthn level 3, ES256,
/// "none" attestation, user present and verified), so the app's real passkey endpoints can be driven over
/// HTTP and their refusals checked. Like many platform authenticators it reports a sign count of 0, so a
/// replayed answer can't be caught by the counter: only the app's single-use challenge stops it.
/// </summary>
public sealed class SoftwarePasskey : IDisposable
{
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public byte[] CredentialId { get; } = RandomNumberGenerator.GetBytes(32);
    public string Id => WebEncoders.Base64UrlEncode(CredentialId);

    /// <summary>The user handle given at creation (the account's id, base64url), returned when signing in.</summary>
    public string UserHandle { get; private set; } = "";

    /// <summary>A passkey with another key but this one's credential id (someone trying to take it over).</summary>
    public SoftwarePasskey WithSameCredentialId() => new(CredentialId);

    public SoftwarePasskey()
    {
    }

    private SoftwarePasskey(byte[] credentialId) => CredentialId = credentialId;

    /// <summary>The JSON navigator.credentials.create() would give for these creation options.</summary>
    public string Create(string creationOptionsJson, string origin)
    {
        var options = JsonNode.Parse(creationOptionsJson)!;
        var rpId = (string)options["rp"]!["id"]!;
        UserHandle = (string)options["user"]!["id"]!;
        var clientData = ClientData("webauthn.create", (string)options["challenge"]!, origin);

        var point = _key.ExportParameters(false).Q;
        var coseKey = new Cbor().Map(5)
            .Int(1).Int(2)      // kty: EC2
            .Int(3).Int(-7)     // alg: ES256
            .Int(-1).Int(1)     // crv: P-256
            .Int(-2).Bytes(point.X!)
            .Int(-3).Bytes(point.Y!)
            .ToArray();
        var authenticatorData = AuthenticatorData(rpId, AttestedCredentialData | UserVerified | UserPresent,
            [.. new byte[16], (byte)(CredentialId.Length >> 8), (byte)CredentialId.Length, .. CredentialId, .. coseKey]);
        var attestationObject = new Cbor().Map(3)
            .Text("fmt").Text("none")
            .Text("attStmt").Map(0)
            .Text("authData").Bytes(authenticatorData)
            .ToArray();

        return JsonSerializer.Serialize(new
        {
            id = Id,
            rawId = Id,
            type = "public-key",
            authenticatorAttachment = "platform",
            clientExtensionResults = new { },
            response = new
            {
                clientDataJSON = WebEncoders.Base64UrlEncode(clientData),
                attestationObject = WebEncoders.Base64UrlEncode(attestationObject),
                transports = Transports,
            },
        });
    }

    /// <summary>The JSON navigator.credentials.get() would give for these request options.</summary>
    public string Sign(string requestOptionsJson, string origin)
    {
        var options = JsonNode.Parse(requestOptionsJson)!;
        var rpId = (string?)options["rpId"] ?? throw new InvalidOperationException("The request options name no relying party.");
        var clientData = ClientData("webauthn.get", (string)options["challenge"]!, origin);
        var authenticatorData = AuthenticatorData(rpId, UserVerified | UserPresent, []);
        var signature = _key.SignData([.. authenticatorData, .. SHA256.HashData(clientData)], HashAlgorithmName.SHA256,
            DSASignatureFormat.Rfc3279DerSequence);

        return JsonSerializer.Serialize(new
        {
            id = Id,
            rawId = Id,
            type = "public-key",
            authenticatorAttachment = "platform",
            clientExtensionResults = new { },
            response = new
            {
                clientDataJSON = WebEncoders.Base64UrlEncode(clientData),
                authenticatorData = WebEncoders.Base64UrlEncode(authenticatorData),
                signature = WebEncoders.Base64UrlEncode(signature),
                userHandle = UserHandle,
            },
        });
    }

    private static readonly string[] Transports = ["internal"];
    private const byte UserPresent = 0x01;
    private const byte UserVerified = 0x04;
    private const byte AttestedCredentialData = 0x40;

    private static byte[] ClientData(string type, string challenge, string origin) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { type, challenge, origin, crossOrigin = false }));

    // rpIdHash, flags, a sign count of 0, then anything the step adds.
    private static byte[] AuthenticatorData(string rpId, byte flags, byte[] rest) =>
        [.. SHA256.HashData(Encoding.UTF8.GetBytes(rpId)), flags, 0, 0, 0, 0, .. rest];

    public void Dispose() => _key.Dispose();

    /// <summary>The few CBOR items WebAuthn needs (RFC 8949: maps, text, byte strings, small integers).</summary>
    private sealed class Cbor
    {
        private readonly List<byte> _bytes = [];

        public Cbor Map(int count) => Head(5, (ulong)count);
        public Cbor Text(string text)
        {
            var utf8 = Encoding.UTF8.GetBytes(text);
            Head(3, (ulong)utf8.Length);
            _bytes.AddRange(utf8);
            return this;
        }

        public Cbor Bytes(byte[] bytes)
        {
            Head(2, (ulong)bytes.Length);
            _bytes.AddRange(bytes);
            return this;
        }

        public Cbor Int(int value) => value >= 0 ? Head(0, (ulong)value) : Head(1, (ulong)(-1 - value));

        public byte[] ToArray() => [.. _bytes];

        private Cbor Head(int major, ulong value)
        {
            var type = (byte)(major << 5);
            if (value < 24)
            {
                _bytes.Add((byte)(type | (byte)value));
            }
            else if (value <= byte.MaxValue)
            {
                _bytes.Add((byte)(type | 24));
                _bytes.Add((byte)value);
            }
            else
            {
                _bytes.Add((byte)(type | 25));
                _bytes.Add((byte)(value >> 8));
                _bytes.Add((byte)value);
            }
            return this;
        }
    }
}
