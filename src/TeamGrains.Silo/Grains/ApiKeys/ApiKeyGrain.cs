using Microsoft.Extensions.Options;
using TeamGrains.Interfaces;
using TeamGrains.Interfaces.ApiKeys;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Grains.Shared;
using TeamGrains.Silo.Runtime;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.ApiKeys;

/// <summary>
/// One API key. Authentication is answered from memory (the secret's hash, revocation, expiry) plus the
/// user grain (status, membership), so the hot path needs no database round trip except the throttled
/// lastUsedAt write. Revocation by member removal reaches this grain through the change log (its state reloads).
/// </summary>
internal sealed class ApiKeyGrain : Grain<ApiKeyState>, IApiKeyGrain
{
    private readonly IStorage _storage;
    private readonly TimeProvider _time;
    private readonly ApiKeyOptions _options;

    // Unix ms of the last lastUsedAt this activation wrote (or saw); read and claimed with Interlocked because
    // AuthenticateAsync interleaves.
    private long _lastUsedMs = long.MinValue;

    public ApiKeyGrain(IStorage storage, TimeProvider time, IOptions<ApiKeyOptions> options)
    {
        _storage = storage;
        _time = time;
        _options = options.Value;
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _lastUsedMs = State.Key?.LastUsedAt?.ToUnixTimeMilliseconds() ?? long.MinValue;
        return Task.CompletedTask;
    }

    public async Task<CreatedApiKey> CreateAsync(string actorUserId, CreateApiKeyRequest request, string? requestId = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (State.Key is not null)
        {
            throw new TeamGrainsException(ErrorCodes.Conflict, "An API key with this id exists already.");
        }

        var name = Names.Require(request.Name, "The key's name");
        var now = _time.GetUtcNow();
        if (request.ExpiresAt is { } expiresAt && expiresAt <= now)
        {
            throw Errors.BadInput("expiresAt must be in the future.");
        }

        await ActorAccess.RequireAsync(GrainFactory, actorUserId, request.OrganizationId, PermissionNames.ApiKeysCreate);
        var secret = ApiKeySecret.New(GrainKey);
        var secretHash = SecretHash.Of(secret);
        var key = new ApiKeyDto(GrainKey, actorUserId, request.OrganizationId, name, now, LastUsedAt: null, request.ExpiresAt, Revoked: false);
        await WriteStateAsync("apikey.created", async (tx, ct) =>
        {
            await ApiKeyRows.InsertAsync(tx, key, secretHash, ct);
            await AuditLog.AppendAsync(tx, key.OrganizationId, actorUserId, "apikey.created", key.Id, null, Summary(key), requestId, ct);
        }, () => State = new ApiKeyState(key, secretHash));
        return new CreatedApiKey(key, secret);
    }

    public Task<ApiKeyDto?> GetAsync() => Task.FromResult(Current());

    public async Task<ApiKeyDto> RevokeAsync(string actorUserId, string? requestId = null)
    {
        var key = State.Key ?? throw Errors.NotFound("API key");
        if (!string.Equals(actorUserId, key.UserId, StringComparison.Ordinal))
        {
            // Someone else's key: only a members:manage holder there may know of it and revoke it.
            await ActorAccess.RequireAsync(GrainFactory, actorUserId, key.OrganizationId, PermissionNames.MembersManage);
        }

        if (key.Revoked)
        {
            return Current()!;
        }

        var revoked = key with { Revoked = true };
        await WriteStateAsync("apikey.revoked", async (tx, ct) =>
        {
            await ApiKeyRows.RevokeAsync(tx, key.Id, _time.GetUtcNow(), ct);
            await AuditLog.AppendAsync(tx, key.OrganizationId, actorUserId, "apikey.revoked", key.Id, Summary(key), Summary(revoked), requestId, ct);
        }, () => State = State with { Key = revoked });
        return Current()!;
    }

    public async Task<ApiKeyPrincipal> AuthenticateAsync(string secret)
    {
        var now = _time.GetUtcNow();
        if (State.Key is not { } key
            || State.SecretHash is not { } hash
            || !SecretHash.Matches(secret ?? "", hash)
            || key.Revoked
            || key.ExpiresAt <= now)
        {
            throw Unauthenticated();
        }

        var user = GrainFactory.GetGrain<IUserGrain>(key.UserId);
        var account = await user.FindAsync();
        if (account is null || account.Status != UserStatus.Active || !(await user.GetAccessAsync(key.OrganizationId)).IsMember)
        {
            throw Unauthenticated();
        }

        await RecordUseAsync(key, now);
        return new ApiKeyPrincipal(key.Id, key.UserId, key.OrganizationId);
    }

    /// <summary>Writes lastUsedAt when the last write is older than the interval; one caller at a time claims it.</summary>
    private async Task RecordUseAsync(ApiKeyDto key, DateTimeOffset now)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        var seen = Interlocked.Read(ref _lastUsedMs);
        if (seen != long.MinValue && nowMs - seen < (long)_options.LastUsedInterval.TotalMilliseconds)
        {
            return;
        }

        if (Interlocked.CompareExchange(ref _lastUsedMs, nowMs, seen) != seen)
        {
            return;
        }

        // Not a grain state change: no version bump, so authenticating never conflicts with a revoke or
        // makes other nodes reload the key; lists read last_used_at from the table.
        await _storage.WriteAsync((tx, ct) => ApiKeyRows.TouchAsync(tx, key.Id, now, _options.LastUsedInterval, ct));
    }

    /// <summary>The key with the freshest lastUsedAt this activation knows of.</summary>
    private ApiKeyDto? Current()
    {
        var lastUsed = Interlocked.Read(ref _lastUsedMs);
        return State.Key is { } key && lastUsed != long.MinValue
            ? key with { LastUsedAt = DateTimeOffset.FromUnixTimeMilliseconds(lastUsed) }
            : State.Key;
    }

    private static object Summary(ApiKeyDto key) => new { key.Name, key.ExpiresAt, key.Revoked };

    private static TeamGrainsException Unauthenticated() => new(ErrorCodes.Unauthenticated, "Invalid API key.");
}
