namespace TeamGrains.Interfaces.Organizations;

/// <summary>The contract's Role: a built-in role or a custom role of the root, with its permissions in catalogue order.</summary>
public sealed record RoleDto(string Name, bool BuiltIn, IReadOnlyList<string> Permissions);
