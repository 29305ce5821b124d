using TeamGrains.GraphQL.Types;
using TeamGrains.Interfaces.Invitations;
using TeamGrains.Interfaces.Organizations;

namespace TeamGrains.Gateway.Schema;

/// <summary>The contract's Membership, Invitation and InvitationEvent types.</summary>
public static class MembershipInvitationTypeBinder
{
    public static SchemaBuilder BindMembershipsAndInvitations(this SchemaBuilder builder) => builder
        .Field("Membership", "organization", c => c.OrganizationAsync(c.Parent<MembershipDto>().OrganizationId))
        .Field("Membership", "user", c => c.Parent<MembershipDto>().User)
        .Field("Membership", "role", c => c.Parent<MembershipDto>().Role)
        .Field("Membership", "source", c => ContractEnums.Name(c.Parent<MembershipDto>().Source))
        .Field("Membership", "inheritedFrom", c => c.OptionalOrganizationAsync(c.Parent<MembershipDto>().InheritedFromId))
        .Field("Membership", "joinedAt", c => c.Parent<MembershipDto>().JoinedAt)
        .Field("Invitation", "id", c => c.Parent<InvitationDto>().Id)
        .Field("Invitation", "organization", c => c.OrganizationAsync(c.Parent<InvitationDto>().OrganizationId))
        .Field("Invitation", "email", c => c.Parent<InvitationDto>().Email)
        .Field("Invitation", "role", c => c.Parent<InvitationDto>().Role)
        .Field("Invitation", "teams", async c =>
        {
            var teams = new List<object>();
            foreach (var teamId in c.Parent<InvitationDto>().TeamIds)
            {
                // A team deleted since the invitation was made is simply no longer listed.
                if (await c.OptionalTeamAsync(teamId).ConfigureAwait(false) is { } team)
                {
                    teams.Add(team);
                }
            }

            return teams;
        })
        .Field("Invitation", "invitedBy", c => c.UserAsync(c.Parent<InvitationDto>().InvitedByUserId))
        .Field("Invitation", "message", c => c.Parent<InvitationDto>().Message)
        .Field("Invitation", "status", c => ContractEnums.Name(c.Parent<InvitationDto>().Status))
        .Field("Invitation", "createdAt", c => c.Parent<InvitationDto>().CreatedAt)
        .Field("Invitation", "expiresAt", c => c.Parent<InvitationDto>().ExpiresAt)
        .Field("Invitation", "resentAt", c => c.Parent<InvitationDto>().ResentAt)
        .Field("InvitationEvent", "kind", c => ContractEnums.Name(c.Parent<InvitationEvent>().Kind))
        .Field("InvitationEvent", "invitation", c => c.Parent<InvitationEvent>().Invitation)
        .Field("InvitationEvent", "at", c => c.Parent<InvitationEvent>().At);
}
