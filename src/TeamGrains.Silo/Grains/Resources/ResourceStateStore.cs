using Dapper;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Silo.Grains.Organizations;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Resources;

/// <summary>Loads a <see cref="ResourceState"/> from resources and resource_bindings.</summary>
internal sealed class ResourceStateStore : IGrainStateStore<ResourceState>
{
    public IReadOnlyList<string> Queries { get; } =
    [
        "SELECT id, organization_id, kind, name, visibility, created_at FROM resources WHERE id = @key",
        "SELECT user_id, team_id, access_level FROM resource_bindings WHERE resource_id = @key",
    ];

    public async Task<ResourceState> ReadAsync(string key, SqlMapper.GridReader results)
    {
        var row = await results.ReadSingleOrDefaultAsync<(string, string, string, string, string, long)?>().ConfigureAwait(false);
        if (row is not { } resource)
        {
            return new ResourceState { Id = key };
        }

        var bindings = await results.ReadAsync<(string?, string?, string)>().ConfigureAwait(false);
        return new ResourceState
        {
            Exists = true,
            Id = resource.Item1,
            OrganizationId = resource.Item2,
            Kind = resource.Item3,
            Name = resource.Item4,
            Visibility = OrganizationQueries.ParseVisibility(resource.Item5),
            CreatedAt = resource.Item6,
            Bindings = [.. bindings.Select(b => b.Item1 is { } userId
                ? ResourceBinding.ForUser(userId, AccessLevels.Parse(b.Item3))
                : ResourceBinding.ForTeam(b.Item2!, AccessLevels.Parse(b.Item3)))],
        };
    }
}
