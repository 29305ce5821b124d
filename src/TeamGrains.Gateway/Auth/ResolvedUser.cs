namespace TeamGrains.Gateway.Auth;

/// <summary>A user found or created for a credential.</summary>
public sealed record ResolvedUser(string UserId, string Email);
