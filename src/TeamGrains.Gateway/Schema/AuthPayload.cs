using TeamGrains.Interfaces.Users;

namespace TeamGrains.Gateway.Schema;

/// <summary>The contract's AuthPayload: a development token and its user.</summary>
public sealed record AuthPayload(string Token, UserDto User);
