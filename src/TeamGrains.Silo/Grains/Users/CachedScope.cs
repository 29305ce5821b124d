using TeamGrains.Interfaces.Permissions;

namespace TeamGrains.Silo.Grains.Users;

/// <summary>
/// What a user grain keeps about one organization (its lineage) or one resource (its snapshot): the input
/// fetched at <paramref name="Epoch"/> and, once computed, the user's permissions there at that same epoch.
/// Valid only while the grain's epoch is still <paramref name="Epoch"/>.
/// </summary>
internal readonly record struct CachedScope<T>(long Epoch, T Value, PermissionSet? Permissions)
    where T : class;
