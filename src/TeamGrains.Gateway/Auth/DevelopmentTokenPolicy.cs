using Microsoft.Extensions.Options;

namespace TeamGrains.Gateway.Auth;

/// <summary>
/// Decides whether development tokens (and so signUp) are on: TRANSPORT.md allows them where
/// ASPNETCORE_ENVIRONMENT is Development or where <c>Auth:DevelopmentTokens</c> is true, and nowhere else.
/// An explicit false switches them off in Development too.
/// </summary>
public sealed class DevelopmentTokenPolicy(IOptions<AuthOptions> options, IHostEnvironment environment)
{
    public bool Enabled { get; } = options.Value.DevelopmentTokens ?? environment.IsDevelopment();
}
