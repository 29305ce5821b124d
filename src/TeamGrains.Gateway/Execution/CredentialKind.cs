namespace TeamGrains.Gateway.Execution;

/// <summary>How a caller proved who they are.</summary>
public enum CredentialKind
{
    DevelopmentToken,
    ExternalJwt,
    ApiKey,
}
