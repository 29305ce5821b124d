namespace TeamGrains.Silo.Grains.Organizations;

/// <summary>An organizations row as Dapper reads it.</summary>
internal sealed class OrganizationRow
{
    public const string SelectSql = """
        SELECT o.id AS Id, o.name AS Name, o.parent_id AS ParentId, o.root_id AS RootId,
               o.personal_owner_id AS PersonalOwnerId, o.created_at AS CreatedAt
          FROM organizations o
        """;

    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string? ParentId { get; set; }

    public string RootId { get; set; } = "";

    public string? PersonalOwnerId { get; set; }

    public long CreatedAt { get; set; }
}
