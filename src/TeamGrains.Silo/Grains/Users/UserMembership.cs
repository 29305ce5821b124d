namespace TeamGrains.Silo.Grains.Users;

/// <summary>One direct membership of a user, with its organization's root.</summary>
internal sealed record UserMembership(string OrganizationId, string RootId, string Role, long JoinedAt, string? AddedBy);
