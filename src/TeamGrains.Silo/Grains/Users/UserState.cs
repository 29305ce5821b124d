using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Grains.Shared;

namespace TeamGrains.Silo.Grains.Users;

/// <summary>A user's row, direct memberships and teams (everything permission evaluation needs from the user).</summary>
internal sealed class UserState
{
    public bool Exists { get; set; }

    public string Id { get; set; } = "";

    public string Email { get; set; } = "";

    public string? DisplayName { get; set; }

    public UserStatus Status { get; set; }

    public long CreatedAt { get; set; }

    public string PersonalOrganizationId { get; set; } = "";

    /// <summary>Organization id → direct membership (compact: one per active user stays in memory).</summary>
    public CompactStringMap<UserMembership> Memberships { get; set; } = new();

    public IReadOnlyList<TeamRoleSnapshot> Teams { get; set; } = [];
}
