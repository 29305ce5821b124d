using TeamGrains.Interfaces.Runtime;

namespace TeamGrains.Interfaces.Users;

/// <summary>
/// Sign-up and look-up by email, one grain per normalised email (key: <see cref="EmailAddress.Normalize"/>).
/// Two nodes signing up the same email race on this grain's version and on the unique email column;
/// the loser retries and finds the winner's user.
/// </summary>
public interface IUserDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Finds the user with this email, or creates them with their personal organization (OWNER) in one transaction.</summary>
    Task<UserDto> SignUpAsync(string? displayName, string? requestId = null);

    /// <summary>The user with this email, or null.</summary>
    [AlwaysInterleave]
    Task<UserDto?> FindAsync();
}
