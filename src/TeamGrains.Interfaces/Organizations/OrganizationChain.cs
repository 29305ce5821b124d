namespace TeamGrains.Interfaces.Organizations;

/// <summary>
/// What permission evaluation needs from an organization: the path from it to its root (the organization
/// itself first, the root last) and the root's custom roles (name → permission names).
/// </summary>
public sealed record OrganizationChain(
    IReadOnlyList<string> OrganizationIds,
    IReadOnlyDictionary<string, IReadOnlyList<string>> CustomRoles)
{
    public string OrganizationId => OrganizationIds[0];

    public string RootId => OrganizationIds[^1];
}
