namespace TeamGrains.Silo.Grains.Teams;

/// <summary>A team's row and its members (user id → added at).</summary>
internal sealed class TeamState
{
    public bool Exists { get; set; }

    public string Id { get; set; } = "";

    public string OrganizationId { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Role { get; set; }

    public long CreatedAt { get; set; }

    public Dictionary<string, long> Members { get; set; } = new(StringComparer.Ordinal);
}
