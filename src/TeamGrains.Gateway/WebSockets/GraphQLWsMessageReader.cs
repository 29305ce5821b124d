using System.Buffers;
using System.Net.WebSockets;

namespace TeamGrains.Gateway.WebSockets;

/// <summary>Reads whole WebSocket messages, refusing any larger than the configured limit.</summary>
public sealed class GraphQLWsMessageReader(WebSocket socket, int maxMessageBytes)
{
    private readonly byte[] _chunk = new byte[4096];

    /// <summary>The next message, or a reason to stop: the peer closed, sent binary, or sent too much.</summary>
    public async Task<(ReadOnlyMemory<byte> Message, GraphQLWsReadStatus Status)> ReadAsync(CancellationToken cancellationToken)
    {
        var message = new ArrayBufferWriter<byte>();
        while (true)
        {
            var received = await socket.ReceiveAsync(_chunk, cancellationToken).ConfigureAwait(false);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return (default, GraphQLWsReadStatus.Closed);
            }

            if (received.MessageType == WebSocketMessageType.Binary)
            {
                return (default, GraphQLWsReadStatus.Binary);
            }

            if (message.WrittenCount + received.Count > maxMessageBytes)
            {
                return (default, GraphQLWsReadStatus.TooBig);
            }

            message.Write(_chunk.AsSpan(0, received.Count));
            if (received.EndOfMessage)
            {
                return (message.WrittenMemory, GraphQLWsReadStatus.Message);
            }
        }
    }
}
