using TeamGrains.Interfaces;
using TeamGrains.Interfaces.ApiKeys;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Grains.ApiKeys;
using TeamGrains.Silo.Tests.Infrastructure;
using TeamGrains.Silo.Tests.Invitations;

namespace TeamGrains.Silo.Tests.ApiKeys;

/// <summary>Creating, listing, revoking and authenticating API keys, on one storage provider.</summary>
public abstract class ApiKeyTests
{
    protected ApiKeyTests(IStorageFixture database) => Database = database;

    protected IStorageFixture Database { get; }

    [StorageFact]
    public async Task SecretIsShownOnceStoredOnlyAsAHashAndAuthenticates()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var (_, root, developer) = await OrganizationWithMemberAsync(world, BuiltInRoles.Developer);

        var created = await world.ApiKey(Ids.New()).CreateAsync(developer.Id, new CreateApiKeyRequest(root.Id, "  ci  "));
        var principal = await world.Service<ApiKeyAuthenticator>().AuthenticateAsync(created.Secret);

        Assert.StartsWith(ApiKeySecret.Prefix + created.ApiKey.Id + "_", created.Secret, StringComparison.Ordinal);
        Assert.Equal("ci", created.ApiKey.Name);
        Assert.Equal(new ApiKeyPrincipal(created.ApiKey.Id, developer.Id, root.Id), principal);
        // The random part is base64url, which may itself contain '_': cut after the known prefix, and
        // escape LIKE's wildcards so the pattern matches the literal text only.
        var randomPart = created.Secret[(ApiKeySecret.Prefix + created.ApiKey.Id + "_").Length..];
        var containsRandom = "%" + randomPart.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        Assert.True(randomPart.Length >= 32, $"random part too short: {randomPart}");
        Assert.Equal(0, await world.CountAsync(
            "SELECT COUNT(*) FROM api_keys WHERE secret_hash = @secret OR secret_hash LIKE @random ESCAPE '\\' OR name LIKE @random ESCAPE '\\'",
            new { secret = created.Secret, random = containsRandom }));
        Assert.Equal(64, (await world.QueryAsync<string>("SELECT secret_hash FROM api_keys WHERE id = @id", new { id = created.ApiKey.Id })).Length);
        Assert.Equal(0, await world.CountAsync("SELECT COUNT(*) FROM audit_log WHERE details LIKE @random ESCAPE '\\'", new { random = containsRandom }));
        Assert.NotNull((await world.ApiKey(created.ApiKey.Id).GetAsync())!.LastUsedAt);
    }

    [StorageFact]
    public async Task WrongOrMalformedSecretsAreUnauthenticated()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var (owner, root, _) = await OrganizationWithMemberAsync(world, BuiltInRoles.Viewer);
        var created = await world.ApiKey(Ids.New()).CreateAsync(owner.Id, new CreateApiKeyRequest(root.Id, "ci"));
        var authenticator = world.Service<ApiKeyAuthenticator>();
        var tampered = created.Secret[..^2] + (created.Secret[^2..] == "AA" ? "BB" : "AA");

        await ErrorAssert.CodeAsync(ErrorCodes.Unauthenticated, () => authenticator.AuthenticateAsync(tampered));
        await ErrorAssert.CodeAsync(ErrorCodes.Unauthenticated, () => authenticator.AuthenticateAsync("tgk_nonsense"));
        await ErrorAssert.CodeAsync(ErrorCodes.Unauthenticated, () => authenticator.AuthenticateAsync(null));
        await ErrorAssert.CodeAsync(ErrorCodes.Unauthenticated, () => authenticator.AuthenticateAsync($"tgk_{Ids.New()}_x"));
    }

    [StorageFact]
    public async Task CreatingNeedsApiKeysCreateANameAndAFutureExpiry()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var (owner, root, viewer) = await OrganizationWithMemberAsync(world, BuiltInRoles.Viewer);
        var stranger = await world.SignUpAsync("stranger");

        await ErrorAssert.CodeAsync(ErrorCodes.Forbidden, () => world.ApiKey(Ids.New()).CreateAsync(viewer.Id, new CreateApiKeyRequest(root.Id, "ci")));
        await ErrorAssert.CodeAsync(ErrorCodes.NotFound, () => world.ApiKey(Ids.New()).CreateAsync(stranger.Id, new CreateApiKeyRequest(root.Id, "ci")));
        await ErrorAssert.CodeAsync(ErrorCodes.BadUserInput, () => world.ApiKey(Ids.New()).CreateAsync(owner.Id, new CreateApiKeyRequest(root.Id, "  ")));
        await ErrorAssert.CodeAsync(ErrorCodes.BadUserInput, () => world.ApiKey(Ids.New()).CreateAsync(
            owner.Id, new CreateApiKeyRequest(root.Id, "ci", world.Time.GetUtcNow().AddSeconds(-1))));
        Assert.Equal(0, await world.CountAsync("SELECT COUNT(*) FROM api_keys WHERE organization_id = @id", new { id = root.Id }));
    }

    [StorageFact]
    public async Task RevokedKeyIsUnauthenticatedAndOnlyOwnerOrManagersRevoke()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var (owner, root, developer) = await OrganizationWithMemberAsync(world, BuiltInRoles.Developer);
        var colleague = await world.MemberAsync("colleague", root.Id, BuiltInRoles.Developer, owner.Id);
        var own = await world.ApiKey(Ids.New()).CreateAsync(developer.Id, new CreateApiKeyRequest(root.Id, "mine"));
        var managed = await world.ApiKey(Ids.New()).CreateAsync(developer.Id, new CreateApiKeyRequest(root.Id, "theirs"));

        await ErrorAssert.CodeAsync(ErrorCodes.Forbidden, () => world.ApiKey(managed.ApiKey.Id).RevokeAsync(colleague.Id));
        Assert.True((await world.ApiKey(own.ApiKey.Id).RevokeAsync(developer.Id)).Revoked);
        Assert.True((await world.ApiKey(managed.ApiKey.Id).RevokeAsync(owner.Id)).Revoked);

        await ErrorAssert.CodeAsync(ErrorCodes.Unauthenticated, () => world.Service<ApiKeyAuthenticator>().AuthenticateAsync(own.Secret));
        await ErrorAssert.CodeAsync(ErrorCodes.Unauthenticated, () => world.Service<ApiKeyAuthenticator>().AuthenticateAsync(managed.Secret));
        Assert.Equal(2, await world.CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'apikey.revoked' AND organization_id = @id", new { id = root.Id }));
    }

    [StorageFact]
    public async Task ExpiredKeyIsUnauthenticated()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var (owner, root, _) = await OrganizationWithMemberAsync(world, BuiltInRoles.Viewer);
        var created = await world.ApiKey(Ids.New()).CreateAsync(owner.Id, new CreateApiKeyRequest(root.Id, "ci", world.Time.GetUtcNow().AddHours(1)));
        Assert.Equal(owner.Id, (await world.Service<ApiKeyAuthenticator>().AuthenticateAsync(created.Secret)).UserId);

        world.Time.Advance(TimeSpan.FromHours(1));

        await ErrorAssert.CodeAsync(ErrorCodes.Unauthenticated, () => world.Service<ApiKeyAuthenticator>().AuthenticateAsync(created.Secret));
    }

    [StorageFact]
    public async Task RemovedMemberOrDeactivatedUserIsUnauthenticated()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var (owner, root, removed) = await OrganizationWithMemberAsync(world, BuiltInRoles.Developer);
        var deactivated = await world.MemberAsync("deactivated", root.Id, BuiltInRoles.Developer, owner.Id);
        var removedKey = await world.ApiKey(Ids.New()).CreateAsync(removed.Id, new CreateApiKeyRequest(root.Id, "ci"));
        var deactivatedKey = await world.ApiKey(Ids.New()).CreateAsync(deactivated.Id, new CreateApiKeyRequest(root.Id, "ci"));
        var authenticator = world.Service<ApiKeyAuthenticator>();
        await authenticator.AuthenticateAsync(removedKey.Secret);
        await authenticator.AuthenticateAsync(deactivatedKey.Secret);

        await world.Organization(root.Id).RemoveMemberAsync(owner.Id, removed.Id);
        await world.User(deactivated.Id).DeactivateAsync(owner.Id, root.Id);

        await ErrorAssert.CodeAsync(ErrorCodes.Unauthenticated, () => authenticator.AuthenticateAsync(removedKey.Secret));
        await ErrorAssert.CodeAsync(ErrorCodes.Unauthenticated, () => authenticator.AuthenticateAsync(deactivatedKey.Secret));
        Assert.True((await world.ApiKey(removedKey.ApiKey.Id).GetAsync())!.Revoked);
        await world.User(deactivated.Id).ActivateAsync(owner.Id, root.Id);
        Assert.Equal(deactivated.Id, (await authenticator.AuthenticateAsync(deactivatedKey.Secret)).UserId);
    }

    [StorageFact]
    public async Task ListShowsTheUsersOwnKeysNewestFirstOptionallyPerOrganization()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var (owner, root, developer) = await OrganizationWithMemberAsync(world, BuiltInRoles.Developer);
        var first = await world.ApiKey(Ids.New()).CreateAsync(owner.Id, new CreateApiKeyRequest(root.Id, "root key"));
        world.Time.Advance(TimeSpan.FromSeconds(1));
        var second = await world.ApiKey(Ids.New()).CreateAsync(owner.Id, new CreateApiKeyRequest(owner.PersonalOrganizationId, "personal key"));
        await world.ApiKey(Ids.New()).CreateAsync(developer.Id, new CreateApiKeyRequest(root.Id, "someone else's key"));
        var queries = world.Service<ApiKeyQueries>();

        Assert.Equal([second.ApiKey.Id, first.ApiKey.Id], (await queries.GetForUserAsync(owner.Id)).Select(k => k.Id));
        Assert.Equal([first.ApiKey.Id], (await queries.GetForUserAsync(owner.Id, root.Id)).Select(k => k.Id));
    }

    [StorageFact]
    public async Task LastUsedAtIsWrittenAtMostOncePerInterval()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var (owner, root, _) = await OrganizationWithMemberAsync(world, BuiltInRoles.Viewer);
        var created = await world.ApiKey(Ids.New()).CreateAsync(owner.Id, new CreateApiKeyRequest(root.Id, "ci"));
        var authenticator = world.Service<ApiKeyAuthenticator>();
        const string lastUsedSql = "SELECT last_used_at FROM api_keys WHERE id = @id";

        await authenticator.AuthenticateAsync(created.Secret);
        var firstUse = await world.QueryAsync<long>(lastUsedSql, new { id = created.ApiKey.Id });
        world.Time.Advance(TimeSpan.FromSeconds(30));
        await authenticator.AuthenticateAsync(created.Secret);
        var withinInterval = await world.QueryAsync<long>(lastUsedSql, new { id = created.ApiKey.Id });
        world.Time.Advance(TimeSpan.FromSeconds(31));
        await authenticator.AuthenticateAsync(created.Secret);
        var afterInterval = await world.QueryAsync<long>(lastUsedSql, new { id = created.ApiKey.Id });

        Assert.Equal(firstUse, withinInterval);
        Assert.Equal(world.Time.GetUtcNow().ToUnixTimeMilliseconds(), afterInterval);
    }

    private static async Task<(UserDto Owner, Interfaces.Organizations.OrganizationDto Root, UserDto Member)> OrganizationWithMemberAsync(
        InvitationWorld world, string memberRole)
    {
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id);
        var member = await world.MemberAsync("member", root.Id, memberRole, owner.Id);
        return (owner, root, member);
    }
}
