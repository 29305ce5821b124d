using TeamGrains.Gateway.Auth;

namespace TeamGrains.Gateway.Tests.Infrastructure;

/// <summary>Users and API keys known to transport tests, without grains.</summary>
public sealed class TestIdentities : IUserResolver, IApiKeyVerifier
{
    public const string ApiKeySecret = "tgk_key1_secret";

    /// <summary>A secret whose check fails unexpectedly (storage down), with internal details in the exception.</summary>
    public const string FailingSecret = "tgk_failing_secret";
    private int _lookups;
    private volatile bool _apiKeyRevoked;
    private readonly Dictionary<string, ResolvedUser> _byId = new() { ["u-alice"] = new ResolvedUser("u-alice", "alice@example.com") };

    public Task<ResolvedUser> FindOrCreateByEmailAsync(string email, string? displayName, CancellationToken cancellationToken)
    {
        lock (_byId)
        {
            var existing = _byId.Values.FirstOrDefault(u => u.Email == email.ToLowerInvariant());
            if (existing is null)
            {
                existing = new ResolvedUser("u-" + email.ToLowerInvariant(), email.ToLowerInvariant());
                _byId[existing.UserId] = existing;
            }

            return Task.FromResult(existing);
        }
    }

    /// <summary>Revokes <see cref="ApiKeySecret"/>.</summary>
    public void RevokeApiKey() => _apiKeyRevoked = true;

    /// <summary>How often a user was looked up by id, or an API key verified.</summary>
    public int Lookups => Volatile.Read(ref _lookups);

    public Task<ResolvedUser?> FindByIdAsync(string userId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _lookups);
        lock (_byId)
        {
            return Task.FromResult(_byId.GetValueOrDefault(userId));
        }
    }

    public Task<VerifiedApiKey?> VerifyAsync(string secret, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _lookups);
        if (secret == FailingSecret)
        {
            throw new InvalidOperationException("Npgsql.NpgsqlException: SELECT secret_hash FROM api_keys failed");
        }

        return Task.FromResult(secret == ApiKeySecret && !_apiKeyRevoked ? new VerifiedApiKey("key1", "u-alice", "org-1") : null);
    }
}
