using TeamGrains.Interfaces.Runtime;
using TeamGrains.Interfaces.Users;

namespace TeamGrains.Gateway.Auth;

/// <summary>Finds users through their grains: by id, or by email through the user directory (sign-up on first sight).</summary>
public sealed class GrainUserResolver(IGrainFactory grains) : IUserResolver
{
    public async Task<ResolvedUser> FindOrCreateByEmailAsync(string email, string? displayName, CancellationToken cancellationToken)
    {
        var user = await grains.GetGrain<IUserDirectoryGrain>(EmailAddress.Normalize(email)).SignUpAsync(displayName).ConfigureAwait(false);
        return new ResolvedUser(user.Id, user.Email);
    }

    public async Task<ResolvedUser?> FindByIdAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await grains.GetGrain<IUserGrain>(userId).FindAsync().ConfigureAwait(false);
        return user is null ? null : new ResolvedUser(user.Id, user.Email);
    }
}
