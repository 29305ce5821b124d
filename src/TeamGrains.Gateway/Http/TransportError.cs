namespace TeamGrains.Gateway.Http;

/// <summary>A request refused before GraphQL sees it: the HTTP status and the contract code to answer with.</summary>
public sealed record TransportError(int Status, string Code, string Message);
