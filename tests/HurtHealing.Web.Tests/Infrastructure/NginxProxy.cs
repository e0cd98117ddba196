using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace HurtHealing.Web.Tests.Infrastructure;

/// <summary>
/// Debian's nginx (installed by scripts/test) terminating TLS in front of app instances on real Kestrel,
/// with a certificate made for this run. It listens on two loopback ports: TLS, and plain HTTP that is
/// passed on as such. It connects to the app from 127.0.0.2, so the app can tell it from a direct caller.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    public const string HostName = "hurthealing.test";
    public const string ProxyAddress = "127.0.0.2";

    private readonly string _folder = Directory.CreateTempSubdirectory("hh-nginx-").FullName;
    private readonly X509Certificate2 _certificate;
    private Process? _process;

    private NginxProxy()
    {
        TlsPort = FreePort();
        HttpPort = FreePort();
        _certificate = CreateCertificate();
    }

    public int TlsPort { get; }
    public int HttpPort { get; }
    public string HttpsOrigin => $"https://{HostName}:{TlsPort}";
    public string HttpOrigin => $"http://{HostName}:{HttpPort}";
    public string ErrorLog => File.Exists(Path.Combine(_folder, "error.log")) ? File.ReadAllText(Path.Combine(_folder, "error.log")) : "";

    /// <summary>Picks the ports (the app needs to know the HTTPS port before it starts); <see cref="StartAsync"/> starts nginx.</summary>
    public static NginxProxy Prepare() => new();

    public async Task StartAsync(params Uri[] upstreams)
    {
        var nginx = File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx"
            : throw new InvalidOperationException("nginx is not installed (scripts/test installs it: apt-get install nginx).");
        var servers = string.Concat(upstreams.Select(u => $"    server {u.Host}:{u.Port} max_fails=1 fail_timeout=10s;\n"));
        var proxy = $$"""
                    location / {
                        proxy_pass http://app;
                        proxy_bind {{ProxyAddress}};
                        proxy_set_header Host $http_host;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_set_header X-Forwarded-Proto $scheme;
                        proxy_next_upstream error timeout;
                    }
            """;
        File.WriteAllText(Path.Combine(_folder, "nginx.conf"), $$"""
            daemon off;
            master_process off;
            worker_processes 1;
            pid {{_folder}}/nginx.pid;
            error_log {{_folder}}/error.log warn;
            events { worker_connections 512; }
            http {
                access_log off;
                client_body_temp_path {{_folder}}/body;
                proxy_temp_path {{_folder}}/proxy;
                fastcgi_temp_path {{_folder}}/fastcgi;
                uwsgi_temp_path {{_folder}}/uwsgi;
                scgi_temp_path {{_folder}}/scgi;
                upstream app {
            {{servers}}    }
                server {
                    listen 127.0.0.1:{{HttpPort}};
            {{proxy}}
                }
                server {
                    listen 127.0.0.1:{{TlsPort}} ssl;
                    ssl_certificate {{_folder}}/proxy.crt;
                    ssl_certificate_key {{_folder}}/proxy.key;
                    ssl_protocols TLSv1.2 TLSv1.3;
            {{proxy}}
                }
            }
            """);
        File.WriteAllText(Path.Combine(_folder, "proxy.crt"), _certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(_folder, "proxy.key"), _certificate.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());

        _process = Process.Start(new ProcessStartInfo(nginx)
        {
            ArgumentList = { "-p", _folder, "-c", Path.Combine(_folder, "nginx.conf"), "-e", Path.Combine(_folder, "error.log") },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"nginx stopped: {await _process.StandardError.ReadToEndAsync()} {ErrorLog}");
            }
            if (Accepts(TlsPort) && Accepts(HttpPort))
            {
                return;
            }
            await Task.Delay(50);
        }
        throw new InvalidOperationException($"nginx did not start listening: {ErrorLog}");
    }

    /// <summary>A client that resolves <see cref="HostName"/> to this proxy and trusts only this run's certificate.</summary>
    public HttpClient CreateClient(CookieContainer? cookies = null)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = cookies is not null,
            CookieContainer = cookies ?? new CookieContainer(),
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(IPAddress.Loopback, context.DnsEndPoint.Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            },
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                    certificate is not null && certificate.GetCertHashString() == _certificate.GetCertHashString(),
            },
        };
        return new HttpClient(handler) { BaseAddress = new Uri(HttpsOrigin) };
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        _certificate.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={HostName}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(HostName);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool Accepts(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
