namespace TeamGrains.Silo.Grains.Organizations;

/// <summary>A direct membership as the organization grain keeps it.</summary>
internal sealed record DirectMember(string UserId, string Role, long JoinedAt, string? AddedBy);
