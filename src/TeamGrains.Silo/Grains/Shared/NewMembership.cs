namespace TeamGrains.Silo.Grains.Shared;

/// <summary>A direct membership to insert with <see cref="MembershipWrites.AddAsync"/>.</summary>
/// <param name="Role">A role name already validated against the tree's <c>RoleCatalogue</c> (canonical case).</param>
/// <param name="TeamIds">Teams of the organization to join too (ids of other organizations' teams are ignored).</param>
/// <param name="Action">The audit action, e.g. <c>member.added</c> or <c>invitation.accepted</c>.</param>
internal sealed record NewMembership(
    string OrganizationId,
    string RootId,
    string UserId,
    string Role,
    string? AddedBy,
    IReadOnlyList<string> TeamIds,
    string Action,
    string? RequestId);
