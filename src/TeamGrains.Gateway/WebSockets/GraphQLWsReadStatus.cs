namespace TeamGrains.Gateway.WebSockets;

/// <summary>What reading the next WebSocket message gave.</summary>
public enum GraphQLWsReadStatus
{
    Message,
    Closed,
    Binary,
    TooBig,
}
