namespace TeamGrains.Cluster.Tests.Infrastructure;

/// <summary>Steps the cluster tests share: an organization with an owner, and a member joined by invitation.</summary>
public static class ClusterScenario
{
    public const string Check = "query($o: ID!, $u: ID, $p: String!) { checkPermission(organizationId: $o, userId: $u, permission: $p) }";
    public const string ChangeRole = "mutation($o: ID!, $u: ID!, $r: String!) { changeMemberRole(input: { organizationId: $o, userId: $u, role: $r }) { role } }";
    public const string Invite = "mutation($o: ID!, $e: String!, $r: String) { inviteMember(input: { organizationId: $o, email: $e, role: $r }) { id } }";
    public const string Accept = "mutation($id: ID!) { acceptInvitation(id: $id) { role } }";

    public static async Task<string> CreateOrganizationAsync(GraphQLClient owner, string name)
    {
        var (data, _) = await owner.DataAsync("mutation($n: String!) { createOrganization(input: { name: $n }) { id } }", new { n = name });
        return data.GetProperty("createOrganization").GetProperty("id").GetString()!;
    }

    /// <summary>Invites; returns the invitation id and the mutation's consistency token.</summary>
    public static async Task<(string Id, string Token)> InviteAsync(GraphQLClient owner, string organizationId, string email, string role = "VIEWER")
    {
        var (data, token) = await owner.DataAsync(Invite, new { o = organizationId, e = email, r = role });
        return (data.GetProperty("inviteMember").GetProperty("id").GetString()!, token!);
    }

    /// <summary>
    /// Invites through <paramref name="owner"/>'s node and accepts through <paramref name="invitee"/>'s,
    /// passing the invitation's token along as a front end would; returns the accept's token.
    /// </summary>
    public static async Task<string> JoinAsync(GraphQLClient owner, GraphQLClient invitee, string organizationId, string email, string role = "VIEWER")
    {
        var (invitation, inviteToken) = await InviteAsync(owner, organizationId, email, role);
        var (_, token) = await invitee.DataAsync(Accept, new { id = invitation }, inviteToken);
        return token!;
    }

    public static async Task<bool> CheckAsync(GraphQLClient caller, string organizationId, string? userId, string permission, string? token)
    {
        var (data, _) = await caller.DataAsync(Check, new { o = organizationId, u = userId, p = permission }, token);
        return data.GetProperty("checkPermission").GetBoolean();
    }
}
