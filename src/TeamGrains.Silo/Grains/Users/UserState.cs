using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Users;

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

    /// <summary>Organization id → direct membership.</summary>
    public Dictionary<string, UserMembership> Memberships { get; set; } = new(StringComparer.Ordinal);

    public List<TeamRoleSnapshot> Teams { get; set; } = [];
}
