using System.Net;
using System.Net.Sockets;

namespace HurtHealing.Web.Tests.Infrastructure;

/// <summary>
/// Forwards a local port to the test PostgreSQL server. Stopping it cuts every open connection and leaves
/// nothing listening, which is what an app sees when its database goes away; starting it again brings it back
/// on the same port. Only the app behind the relay is affected: other test classes talk to the server directly.
/// </summary>
public sealed class TcpRelay : IDisposable
{
    private readonly IPEndPoint _target;
    private readonly List<TcpClient> _open = [];
    private TcpListener? _listener;
    private CancellationTokenSource? _stopping;

    public TcpRelay(string host, int port)
    {
        _target = new IPEndPoint(IPAddress.Parse(host), port);
        Start();
    }

    public int Port { get; private set; }

    public void Start()
    {
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _stopping = new CancellationTokenSource();
        _ = AcceptAsync(_listener, _stopping.Token);
    }

    public void Stop()
    {
        _stopping?.Cancel();
        _listener?.Stop();
        lock (_open)
        {
            foreach (var client in _open)
            {
                client.Dispose();
            }
            _open.Clear();
        }
    }

    public void Dispose() => Stop();

    private async Task AcceptAsync(TcpListener listener, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient incoming;
            try
            {
                incoming = await listener.AcceptTcpClientAsync(stopping);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            var outgoing = new TcpClient();
            try
            {
                await outgoing.ConnectAsync(_target, stopping);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException)
            {
                incoming.Dispose();
                outgoing.Dispose();
                continue;
            }
            lock (_open)
            {
                _open.Add(incoming);
                _open.Add(outgoing);
            }
            _ = PumpAsync(incoming, outgoing, stopping);
            _ = PumpAsync(outgoing, incoming, stopping);
        }
    }

    private static async Task PumpAsync(TcpClient from, TcpClient to, CancellationToken stopping)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream(), stopping);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            // A cut connection is the point of Stop().
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }
}
