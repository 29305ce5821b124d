namespace TeamGrains.Interfaces.Permissions;

/// <summary>
/// A resource access level of the contract, lowest first; each level holds the resource permissions of
/// the levels below it. Contract names: see <see cref="AccessLevels.Name"/>.
/// </summary>
public enum AccessLevel
{
    /// <summary>Grants nothing; records an explicit "none" so that the access list shows it.</summary>
    NoAccess = 0,
    Viewer = 1,
    Contributor = 2,
    Admin = 3,
}
