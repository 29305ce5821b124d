using System.Collections.Frozen;
using System.Collections.Immutable;

namespace TeamGrains.Interfaces.Permissions;

/// <summary>
/// Immutable view of one user for permission evaluation: status, direct role per organization, and the
/// user's teams (each with its organization and bound role). The constructor indexes it by organization id
/// so that evaluation is one lookup per organization of the chain: build it once per change of the user
/// (or of one of the user's teams) and keep it, do not build it per check.
/// <para>
/// Memory: a node keeps one per active user (100,000 and more), and a user holds roles at a handful of
/// organizations. So the index is one array sorted by organization id, searched by bisection, instead of
/// frozen dictionaries and sets (~670 B for two memberships, against ~110 B here); the role holders of the
/// common case, a built-in role and no team, are shared by all users. Past <see cref="MaxBisected"/> entries a
/// frozen index is added as well (hashing beats bisection there: 1.7× faster for 28 organizations), for the
/// few users with many organizations or teams.
/// </para>
/// </summary>
public sealed class UserPermissionSnapshot
{
    private static readonly Dictionary<string, UserRolesAtOrganization> BuiltInRoleOnly = BuiltInRoles.All.ToDictionary(
        role => role.Name, role => new UserRolesAtOrganization(role.Name, []), StringComparer.Ordinal);

    private const int MaxBisected = 8;

    private readonly RolesAt[] _byOrganization;
    private readonly string[] _teamIds;
    private readonly FrozenDictionary<string, UserRolesAtOrganization>? _organizationIndex;
    private readonly FrozenSet<string>? _teamIndex;

    /// <param name="userId">The user's id.</param>
    /// <param name="isActive">False for a DEACTIVATED user: such a user holds no permission anywhere.</param>
    /// <param name="directRoles">Organization id → role name of the user's direct membership there (each organization once).</param>
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
        Teams = [.. teams];
        _teamIds = Sorted(Teams.Select(t => t.TeamId).Distinct(StringComparer.Ordinal));

        var direct = directRoles.ToDictionary(StringComparer.Ordinal);
        var teamsByOrganization = Teams.Where(t => t.Role is not null).ToLookup(t => t.OrganizationId, StringComparer.Ordinal);
        _byOrganization = [.. direct.Keys.Concat(teamsByOrganization.Select(g => g.Key))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(id => new RolesAt(id, RolesAtOrganization(direct.GetValueOrDefault(id), [.. teamsByOrganization[id]])))];
        if (_byOrganization.Length > MaxBisected)
        {
            _organizationIndex = _byOrganization.ToFrozenDictionary(r => r.OrganizationId, r => r.Roles, StringComparer.Ordinal);
        }

        if (_teamIds.Length > MaxBisected)
        {
            _teamIndex = _teamIds.ToFrozenSet(StringComparer.Ordinal);
        }
    }

    public string UserId { get; }

    /// <summary>False when the user is DEACTIVATED.</summary>
    public bool IsActive { get; }

    /// <summary>Organization id → role of the user's direct membership there, by organization id (ordinal).</summary>
    public IEnumerable<KeyValuePair<string, string>> DirectRoles =>
        _byOrganization.Where(r => r.Roles.DirectRole is not null).Select(r => KeyValuePair.Create(r.OrganizationId, r.Roles.DirectRole!));

    /// <summary>Every team the user belongs to.</summary>
    public ImmutableArray<TeamRoleSnapshot> Teams { get; }

    /// <summary>What the user holds at one organization (direct role, role-bearing teams); false when nothing.</summary>
    public bool TryGetRolesAt(string organizationId, out UserRolesAtOrganization roles)
    {
        if (_organizationIndex is not null)
        {
            return _organizationIndex.TryGetValue(organizationId, out roles!);
        }

        var index = Find(organizationId);
        roles = index >= 0 ? _byOrganization[index].Roles : null!;
        return index >= 0;
    }

    /// <summary>True when the user has a direct membership at that organization.</summary>
    public bool IsDirectMemberAt(string organizationId) => TryGetRolesAt(organizationId, out var roles) && roles.DirectRole is not null;

    /// <summary>True when the user belongs to that team.</summary>
    public bool IsInTeam(string teamId)
        => _teamIndex?.Contains(teamId) ?? _teamIds.AsSpan().BinarySearch(new OrdinalProbe(teamId)) >= 0;

    private static string[] Sorted(IEnumerable<string> ids) => [.. ids.Order(StringComparer.Ordinal)];

    private static UserRolesAtOrganization RolesAtOrganization(string? directRole, ImmutableArray<TeamRoleSnapshot> teams)
        => teams.IsEmpty && directRole is not null && BuiltInRoleOnly.TryGetValue(directRole, out var shared)
            ? shared
            : new UserRolesAtOrganization(directRole, teams);

    private int Find(string organizationId) => _byOrganization.AsSpan().BinarySearch(new OrganizationProbe(organizationId));

    private readonly record struct RolesAt(string OrganizationId, UserRolesAtOrganization Roles);

    private readonly struct OrganizationProbe(string organizationId) : IComparable<RolesAt>
    {
        public int CompareTo(RolesAt other) => string.CompareOrdinal(organizationId, other.OrganizationId);
    }

    private readonly struct OrdinalProbe(string id) : IComparable<string>
    {
        public int CompareTo(string? other) => string.CompareOrdinal(id, other);
    }
}
