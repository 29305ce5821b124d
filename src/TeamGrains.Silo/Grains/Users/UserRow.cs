using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Grains.Shared;

namespace TeamGrains.Silo.Grains.Users;

/// <summary>A users row with its personal organization, as Dapper reads it.</summary>
internal sealed class UserRow
{
    /// <summary>Select list for <see cref="UserRow"/>; append a WHERE clause on alias u.</summary>
    public const string SelectSql = """
        SELECT u.id AS Id, u.email AS Email, u.display_name AS DisplayName, u.status AS Status,
               u.created_at AS CreatedAt, po.id AS PersonalOrganizationId
          FROM users u LEFT JOIN organizations po ON po.personal_owner_id = u.id
        """;

    public string Id { get; set; } = "";

    public string Email { get; set; } = "";

    public string? DisplayName { get; set; }

    public string Status { get; set; } = "ACTIVE";

    public long CreatedAt { get; set; }

    public string? PersonalOrganizationId { get; set; }

    public UserDto ToDto() => new(
        Id,
        Email,
        DisplayName,
        Status == "DEACTIVATED" ? UserStatus.Deactivated : UserStatus.Active,
        PersonalOrganizationId ?? "",
        UnixTime.ToDateTime(CreatedAt));
}
