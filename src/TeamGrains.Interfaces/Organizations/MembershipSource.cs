namespace TeamGrains.Interfaces.Organizations;

/// <summary>Whether a member was added to the organization itself or is a member of an ancestor.</summary>
public enum MembershipSource
{
    Direct = 0,
    Inherited = 1,
}
