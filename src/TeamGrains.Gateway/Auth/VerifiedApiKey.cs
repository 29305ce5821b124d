namespace TeamGrains.Gateway.Auth;

/// <summary>A valid API key: whose it is and the one organization it acts in.</summary>
public sealed record VerifiedApiKey(string KeyId, string UserId, string OrganizationId);
