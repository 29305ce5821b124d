namespace TeamGrains.Interfaces.Permissions;

/// <summary>Who sees a resource: everyone with organization permissions, or only those bound to it.</summary>
public enum ResourceVisibility
{
    /// <summary>Organization roles apply to the resource, in addition to its own bindings.</summary>
    Organization = 0,

    /// <summary>Only the resource's own bindings apply, whatever the user's organization role.</summary>
    Private = 1,
}
