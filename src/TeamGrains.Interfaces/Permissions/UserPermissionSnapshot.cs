using System.Collections.Frozen;
using System.Collections.Immutable;

namespace TeamGrains.Interfaces.Permissions;

/// <summary>
/// Immutable view of one user for permission evaluation: status, direct role per organization, and the
/// user's teams (each with its organization and bound role). The constructor indexes it by organization id
/// so that evaluation is one dictionary lookup per organization of the chain: build it once per change of
/// the user (or of one of the user's teams) and keep it, do not build it per check.
/// </summary>
public sealed class UserPermissionSnapshot
{
    private readonly FrozenDictionary<string, UserRolesAtOrganization> _byOrganization;
    private readonly FrozenSet<string> _teamIds;

    /// <param name="userId">The user's id.</param>
    /// <param name="isActive">False for a DEACTIVATED user: such a user holds no permission anywhere.</param>
    /// <param name="directRoles">Organization id → role name of the user's direct membership there.</param>
    /// <param name="teams">Every team the user belongs to (a team may have no bound role).</param>
    public UserPermissionSnapshot(
        string userId,
        bool isActive,
        IEnumerable<KeyValuePair<string, string>> directRoles,
        IEnumerable<TeamRoleSnapshot> teams)
    {
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentNullException.ThrowIfNull(directRoles);
        ArgumentNullException.ThrowIfNull(teams);
        UserId = userId;
        IsActive = isActive;
        DirectRoles = directRoles.ToFrozenDictionary(StringComparer.Ordinal);
        Teams = [.. teams];
        _teamIds = Teams.Select(t => t.TeamId).ToFrozenSet(StringComparer.Ordinal);

        var teamsByOrganization = Teams.Where(t => t.Role is not null)
            .ToLookup(t => t.OrganizationId, StringComparer.Ordinal);
        _byOrganization = DirectRoles.Keys.Concat(teamsByOrganization.Select(g => g.Key))
            .Distinct(StringComparer.Ordinal)
            .ToFrozenDictionary(
                id => id,
                id => new UserRolesAtOrganization(
                    DirectRoles.GetValueOrDefault(id),
                    [.. teamsByOrganization[id]]),
                StringComparer.Ordinal);
    }

    public string UserId { get; }

    /// <summary>False when the user is DEACTIVATED.</summary>
    public bool IsActive { get; }

    /// <summary>Organization id → role of the user's direct membership there.</summary>
    public FrozenDictionary<string, string> DirectRoles { get; }

    /// <summary>Every team the user belongs to.</summary>
    public ImmutableArray<TeamRoleSnapshot> Teams { get; }

    /// <summary>What the user holds at one organization (direct role, role-bearing teams); false when nothing.</summary>
    public bool TryGetRolesAt(string organizationId, out UserRolesAtOrganization roles) =>
        _byOrganization.TryGetValue(organizationId, out roles!);

    /// <summary>True when the user belongs to that team.</summary>
    public bool IsInTeam(string teamId) => _teamIds.Contains(teamId);
}
