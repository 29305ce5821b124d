using TeamGrains.Interfaces.Permissions;
using TeamGrains.Silo.Grains.Shared;

namespace TeamGrains.Silo.Grains.Organizations;

/// <summary>An organization's row, its chain to the root, its direct members and (for a root) its custom roles.</summary>
internal sealed class OrganizationState
{
    public bool Exists { get; set; }

    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string? ParentId { get; set; }

    public string RootId { get; set; } = "";

    public string? PersonalOwnerId { get; set; }

    public long CreatedAt { get; set; }

    /// <summary>This organization first, the root last.</summary>
    public List<string> Chain { get; set; } = [];

    /// <summary>User id → direct membership (compact: every personal organization, one per user, holds one).</summary>
    public CompactStringMap<DirectMember> Members { get; set; } = new();

    /// <summary>Built-in plus custom roles; custom roles are kept by the root only (sub-organizations ask their root).</summary>
    public RoleCatalogue Roles { get; set; } = RoleCatalogue.BuiltInOnly;

    public bool IsRoot => ParentId is null;
}
