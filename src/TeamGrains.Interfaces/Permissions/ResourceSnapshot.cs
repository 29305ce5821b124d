using System.Collections.Frozen;
using System.Collections.Immutable;

namespace TeamGrains.Interfaces.Permissions;

/// <summary>
/// Immutable view of one resource for permission evaluation: its organization, visibility and bindings,
/// indexed by user and by team. Build it once per change of the resource and keep it.
/// </summary>
public sealed class ResourceSnapshot
{
    private readonly FrozenDictionary<string, AccessLevel> _userLevels;
    private readonly FrozenDictionary<string, AccessLevel> _teamLevels;

    /// <param name="resourceId">The resource's id.</param>
    /// <param name="organizationId">The organization the resource belongs to.</param>
    /// <param name="visibility">ORGANIZATION: organization roles apply too; PRIVATE: only the bindings.</param>
    /// <param name="bindings">Its bindings; should a principal appear twice, the higher level counts.</param>
    public ResourceSnapshot(string resourceId, string organizationId, ResourceVisibility visibility, IEnumerable<ResourceBinding> bindings)
    {
        ArgumentNullException.ThrowIfNull(resourceId);
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(bindings);
        ResourceId = resourceId;
        OrganizationId = organizationId;
        Visibility = visibility;
        Bindings = [.. bindings];
        _userLevels = Index(Bindings.Where(b => b.UserId is not null), b => b.UserId!);
        _teamLevels = Index(Bindings.Where(b => b.TeamId is not null), b => b.TeamId!);
        TeamBindings =
        [
            .. Bindings.Where(b => b.TeamId is not null).Select(b => b.TeamId!).Distinct(StringComparer.Ordinal)
                .Select(teamId => KeyValuePair.Create(teamId, _teamLevels[teamId])),
        ];
    }

    public string ResourceId { get; }

    public string OrganizationId { get; }

    public ResourceVisibility Visibility { get; }

    public ImmutableArray<ResourceBinding> Bindings { get; }

    /// <summary>Team id → level, one entry per bound team, in binding order.</summary>
    public ImmutableArray<KeyValuePair<string, AccessLevel>> TeamBindings { get; }

    /// <summary>The level bound to the user directly, if any.</summary>
    public bool TryGetUserLevel(string userId, out AccessLevel level) => _userLevels.TryGetValue(userId, out level);

    /// <summary>The level bound to the team, if any.</summary>
    public bool TryGetTeamLevel(string teamId, out AccessLevel level) => _teamLevels.TryGetValue(teamId, out level);

    private static FrozenDictionary<string, AccessLevel> Index(IEnumerable<ResourceBinding> bindings, Func<ResourceBinding, string> key) =>
        bindings.GroupBy(key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Max(b => b.Level), StringComparer.Ordinal);
}
