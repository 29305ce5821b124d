using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Grains.Shared;

namespace TeamGrains.Silo.Grains.Organizations;

/// <summary>A membership joined with its user, as Dapper reads it for member lists.</summary>
internal sealed class MemberRow
{
    /// <summary>The select list over a membership-shaped relation aliased <c>m</c> (the table, or a CTE of its rows).</summary>
    public const string Columns = """
        SELECT m.organization_id AS OrganizationId, m.role AS Role, m.joined_at AS JoinedAt, m.added_by AS AddedBy,
               u.id AS Id, u.email AS Email, u.display_name AS DisplayName, u.status AS Status, u.created_at AS CreatedAt,
               po.id AS PersonalOrganizationId
        """;

    /// <summary>The user and their personal organization, joined to <c>m</c>.</summary>
    public const string Joins = """
         JOIN users u ON u.id = m.user_id
         LEFT JOIN organizations po ON po.personal_owner_id = u.id
        """;

    public const string SelectSql = Columns + " FROM memberships m" + Joins;

    public string OrganizationId { get; set; } = "";

    public string Role { get; set; } = "";

    public long JoinedAt { get; set; }

    public string? AddedBy { get; set; }

    public string Id { get; set; } = "";

    public string Email { get; set; } = "";

    public string? DisplayName { get; set; }

    public string Status { get; set; } = "ACTIVE";

    public long CreatedAt { get; set; }

    public string? PersonalOrganizationId { get; set; }

    /// <summary>As a membership of <paramref name="organizationId"/>: DIRECT when held there, else INHERITED from where it is held.</summary>
    public MembershipDto ToDto(string organizationId)
    {
        var user = new UserDto(
            Id, Email, DisplayName, Status == "DEACTIVATED" ? UserStatus.Deactivated : UserStatus.Active,
            PersonalOrganizationId ?? "", UnixTime.ToDateTime(CreatedAt));
        var direct = OrganizationId == organizationId;
        return new MembershipDto(
            organizationId, user, Role, direct ? MembershipSource.Direct : MembershipSource.Inherited,
            direct ? null : OrganizationId, UnixTime.ToDateTime(JoinedAt), AddedBy);
    }
}
