namespace TeamGrains.Interfaces.ApiKeys;

/// <summary>
/// Who a request carrying an API key acts as: <paramref name="UserId"/>, with that user's current
/// effective permissions, in <paramref name="OrganizationId"/> only.
/// </summary>
public sealed record ApiKeyPrincipal(string KeyId, string UserId, string OrganizationId);
