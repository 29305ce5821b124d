using TeamGrains.GraphQL.Types;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Grains.ApiKeys;
using TeamGrains.Silo.Grains.Invitations;

namespace TeamGrains.Gateway.Schema;

/// <summary>The contract's User type (and AuthPayload, which carries one).</summary>
public static class UserTypeBinder
{
    public static SchemaBuilder BindUser(this SchemaBuilder builder) => builder
        .Field("User", "id", c => c.Parent<UserDto>().Id)
        .Field("User", "email", c => c.Parent<UserDto>().Email)
        .Field("User", "displayName", c => c.Parent<UserDto>().DisplayName)
        .Field("User", "status", c => ContractEnums.Name(c.Parent<UserDto>().Status))
        .Field("User", "personalOrganization", c => c.OrganizationAsync(c.Parent<UserDto>().PersonalOrganizationId))
        .Field("User", "memberships", c =>
            c.Request().Grains.GetGrain<IUserGrain>(c.Parent<UserDto>().Id).GetMembershipsAsync(c.ActorId(), c.Page()))
        .Field("User", "pendingInvitations", async c =>
        {
            // Only the user themselves sees the invitations addressed to them.
            var user = c.Parent<UserDto>();
            return user.Id == c.ActorId()
                ? await c.Request().Services.GetRequiredService<InvitationQueries>().GetPendingForEmailAsync(user.Email).ConfigureAwait(false)
                : [];
        })
        .Field("User", "apiKeys", async c =>
        {
            var user = c.Parent<UserDto>();
            var scope = c.Request().Caller?.OrganizationScope;
            var organizationId = c.OptionalId("organizationId") ?? scope;
            if (user.Id != c.ActorId() || (scope is not null && organizationId != scope))
            {
                return [];
            }

            return await c.Request().Services.GetRequiredService<ApiKeyQueries>().GetForUserAsync(user.Id, organizationId).ConfigureAwait(false);
        })
        .Field("AuthPayload", "token", c => c.Parent<AuthPayload>().Token)
        .Field("AuthPayload", "user", c => c.Parent<AuthPayload>().User);
}
