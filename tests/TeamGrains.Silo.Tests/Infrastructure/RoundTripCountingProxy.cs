using System.Net;
using System.Net.Sockets;

namespace TeamGrains.Silo.Tests.Infrastructure;

/// <summary>
/// A TCP proxy in front of PostgreSQL that counts round trips: a client write that follows a reply of
/// the server (or opens the connection) starts one. The count does not depend on packet sizes or
/// timing: the server speaks only when spoken to, and the client waits for the reply it needs before it
/// writes again, so it cannot write before the proxy has seen (and counted) that reply. A client that
/// sends one request in several writes, the server answering the first already, counts more than once:
/// the count is an upper bound. Use it without TLS (Npgsql writes a batch in one piece; TLS records
/// may not be).
/// </summary>
public sealed class RoundTripCountingProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<TcpClient> _sockets = [];
    private readonly string _serverHost;
    private readonly int _serverPort;
    private readonly Task _accepting;
    private int _roundTrips;

    public RoundTripCountingProxy(string serverHost, int serverPort)
    {
        _serverHost = serverHost;
        _serverPort = serverPort;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Round trips on all connections since the start or the last <see cref="Reset"/>.</summary>
    public int RoundTrips => Volatile.Read(ref _roundTrips);

    public void Reset() => Interlocked.Exchange(ref _roundTrips, 0);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        lock (_sockets)
        {
            _sockets.ForEach(s => s.Dispose());
        }

        await _accepting;
        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stopping.Token);
                var server = new TcpClient();
                lock (_sockets)
                {
                    _sockets.Add(client);
                    _sockets.Add(server);
                }

                await server.ConnectAsync(_serverHost, _serverPort, _stopping.Token);
                var connection = new ConnectionState();
                _ = PumpAsync(client.GetStream(), server.GetStream(), connection, fromClient: true);
                _ = PumpAsync(server.GetStream(), client.GetStream(), connection, fromClient: false);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // Stopped.
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, ConnectionState connection, bool fromClient)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, _stopping.Token)) > 0)
            {
                if (!fromClient)
                {
                    // Before forwarding: the client's next write can only follow this reply.
                    Volatile.Write(ref connection.ServerSpokeLast, 1);
                }
                else if (Interlocked.Exchange(ref connection.ServerSpokeLast, 0) == 1)
                {
                    Interlocked.Increment(ref _roundTrips);
                }

                await to.WriteAsync(buffer.AsMemory(0, read), _stopping.Token);
            }

            to.Socket.Shutdown(SocketShutdown.Send);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or ObjectDisposedException or SocketException)
        {
            // A side closed, or the proxy stopped.
        }
    }

    private sealed class ConnectionState
    {
        /// <summary>1 when nothing was sent yet or the server wrote last; 0 once the client wrote after that.</summary>
        public int ServerSpokeLast = 1;
    }
}
