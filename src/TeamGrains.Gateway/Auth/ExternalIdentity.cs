namespace TeamGrains.Gateway.Auth;

/// <summary>Who an external JWT names (its <c>sub</c>, <c>email</c> and <c>name</c> claims) and until when it is valid.</summary>
public sealed record ExternalIdentity(string? Subject, string? Email, string? Name, DateTimeOffset Expires);
