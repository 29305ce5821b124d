namespace TeamGrains.Interfaces.Users;

/// <summary>The contract's UserStatus: a DEACTIVATED user keeps their memberships but holds no permissions.</summary>
public enum UserStatus
{
    Active = 0,
    Deactivated = 1,
}
