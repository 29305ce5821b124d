using Npgsql;
using TeamGrains.Gateway.Auth;

namespace TeamGrains.Cluster.Tests.Infrastructure;

/// <summary>User look-ups that fail as they do while PostgreSQL restarts (a refused connection).</summary>
public sealed class UnreachableUserResolver : IUserResolver
{
    public Task<ResolvedUser> FindOrCreateByEmailAsync(string email, string? displayName, CancellationToken cancellationToken)
        => throw Unreachable();

    public Task<ResolvedUser?> FindByIdAsync(string userId, CancellationToken cancellationToken)
        => throw Unreachable();

    private static NpgsqlException Unreachable() => new("Failed to connect to 127.0.0.1:5432", new System.Net.Sockets.SocketException(111));
}
