namespace TeamGrains.Interfaces.Permissions;

/// <summary>Why a permission is held (the contract's GrantSource).</summary>
public enum GrantSource
{
    /// <summary>The user's own membership in the organization asked about.</summary>
    Direct = 0,

    /// <summary>The user's membership in an ancestor of the organization asked about.</summary>
    Inherited = 1,

    /// <summary>A role bound to a team of the organization or of an ancestor that the user belongs to.</summary>
    Team = 2,

    /// <summary>An access level bound on the resource, to the user or to one of the user's teams.</summary>
    Resource = 3,
}
