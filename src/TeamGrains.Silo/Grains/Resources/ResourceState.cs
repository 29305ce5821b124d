using TeamGrains.Interfaces.Permissions;

namespace TeamGrains.Silo.Grains.Resources;

/// <summary>A resource's row and its bindings.</summary>
internal sealed class ResourceState
{
    public bool Exists { get; set; }

    public string Id { get; set; } = "";

    public string OrganizationId { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";

    public ResourceVisibility Visibility { get; set; }

    public long CreatedAt { get; set; }

    public List<ResourceBinding> Bindings { get; set; } = [];
}
