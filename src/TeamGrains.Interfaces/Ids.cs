namespace TeamGrains.Interfaces;

/// <summary>New opaque ids for users, organizations, teams and resources (time-ordered, so lists sort by age).</summary>
public static class Ids
{
    public static string New() => Guid.CreateVersion7().ToString("N");
}
