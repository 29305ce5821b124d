namespace TeamGrains.Cluster.Tests.Infrastructure;

/// <summary>A signed-up user: their development token, id, email and personal organization.</summary>
public sealed record TestUser(string Token, string Id, string Email, string PersonalOrganizationId);
