namespace TeamGrains.Silo.Grains.Users;

/// <summary>The user registered under one normalised email, if any.</summary>
internal sealed class UserDirectoryState
{
    public UserRow? User { get; set; }
}
