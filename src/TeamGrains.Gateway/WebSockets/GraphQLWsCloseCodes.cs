namespace TeamGrains.Gateway.WebSockets;

/// <summary>Close codes of the graphql-transport-ws protocol (graphql-ws PROTOCOL.md) and RFC 6455.</summary>
public static class GraphQLWsCloseCodes
{
    public const int BadRequest = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int SubprotocolNotAcceptable = 4406;
    public const int ConnectionInitialisationTimeout = 4408;
    public const int SubscriberAlreadyExists = 4409;
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>RFC 6455 §7.4.1: a message too big to process.</summary>
    public const int MessageTooBig = 1009;

    /// <summary>RFC 6455 registry: "Try Again Later"; a transient condition, clients reconnect.</summary>
    public const int TryAgainLater = 1013;
}
