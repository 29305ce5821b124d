using TeamGrains.Interfaces.Users;

namespace TeamGrains.Interfaces.Organizations;

/// <summary>The contract's Membership: a user's role in an organization, direct or inherited from an ancestor.</summary>
/// <param name="Role">The role that applies (for INHERITED: the role held at <paramref name="InheritedFromId"/>).</param>
/// <param name="JoinedAt">When the direct membership was made (at <paramref name="InheritedFromId"/> for INHERITED).</param>
/// <param name="AddedById">Who added the member, null for the owner of a personal or newly created organization.</param>
public sealed record MembershipDto(
    string OrganizationId,
    UserDto User,
    string Role,
    MembershipSource Source,
    string? InheritedFromId,
    DateTimeOffset JoinedAt,
    string? AddedById);
