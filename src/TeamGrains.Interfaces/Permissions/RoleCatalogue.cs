using System.Collections.Frozen;
using System.Collections.Immutable;

namespace TeamGrains.Interfaces.Permissions;

/// <summary>
/// The roles in force in one organization tree: the built-in roles plus the root's custom roles.
/// Immutable: a change gives a new catalogue (the root organization grain keeps the current one). Role
/// names resolve case-insensitively with one dictionary lookup.
/// </summary>
public sealed class RoleCatalogue
{
    /// <summary>Longest custom role name accepted.</summary>
    public const int MaxRoleNameLength = 64;

    // Stored role names are canonical (Get(name).Name), so the exact look-up nearly always hits; the
    // case-insensitive one serves client input.
    private readonly FrozenDictionary<string, RoleDefinition> _byExactName;
    private readonly FrozenDictionary<string, RoleDefinition> _byName;

    private RoleCatalogue(ImmutableArray<RoleDefinition> customRoles)
    {
        CustomRoles = customRoles;
        _byExactName = BuiltInRoles.All.Concat(customRoles).ToFrozenDictionary(r => r.Name, StringComparer.Ordinal);
        _byName = _byExactName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The catalogue of a tree without custom roles.</summary>
    public static RoleCatalogue BuiltInOnly { get; } = new([]);

    /// <summary>The root's custom roles, ordered by name.</summary>
    public ImmutableArray<RoleDefinition> CustomRoles { get; }

    /// <summary>Built-in roles (lowest first), then custom roles by name.</summary>
    public IEnumerable<RoleDefinition> All => BuiltInRoles.All.Concat(CustomRoles);

    /// <summary>
    /// A catalogue from stored custom roles (name → permission names), validated as
    /// <see cref="WithCustomRole"/> does; BAD_USER_INPUT on the first invalid role.
    /// </summary>
    public static RoleCatalogue Create(IEnumerable<KeyValuePair<string, IEnumerable<string>>> customRoles)
    {
        ArgumentNullException.ThrowIfNull(customRoles);
        var catalogue = BuiltInOnly;
        foreach (var (name, permissions) in customRoles)
        {
            catalogue = catalogue.WithCustomRole(name, permissions, replaceExisting: false);
        }

        return catalogue;
    }

    /// <summary>The role of that name (case-insensitive, surrounding spaces ignored); no allocation for exact names.</summary>
    public bool TryGet(string? name, out RoleDefinition role)
    {
        if (name is null)
        {
            role = null!;
            return false;
        }

        return _byExactName.TryGetValue(name, out role!)
            || _byName.TryGetValue(name, out role!)
            || _byName.TryGetValue(name.Trim(), out role!);
    }

    /// <summary>The role of that name; BAD_USER_INPUT for an unknown role. Store <c>Get(name).Name</c> (canonical case).</summary>
    public RoleDefinition Get(string? name) =>
        TryGet(name, out var role) ? role : throw new TeamGrainsException(ErrorCodes.BadUserInput, $"Unknown role '{name}'.");

    /// <summary>True when a role of that name (case-insensitive) exists.</summary>
    public bool Contains(string? name) => TryGet(name, out _);

    /// <summary>
    /// Defines a custom role (or replaces the one of that name when <paramref name="replaceExisting"/>).
    /// BAD_USER_INPUT when the name is empty, too long, a built-in name (any case), already defined (and not
    /// replacing), or a permission is not in the catalogue. An empty permission list is allowed (like NONE).
    /// </summary>
    public RoleCatalogue WithCustomRole(string? name, IEnumerable<string> permissions, bool replaceExisting = true)
    {
        var trimmed = ValidateCustomRoleName(name);
        var set = PermissionSet.FromNames(permissions ?? throw BadInput("Permissions are required."));
        var existing = CustomRoles.FirstOrDefault(r => string.Equals(r.Name, trimmed, StringComparison.OrdinalIgnoreCase));
        if (existing is not null && !replaceExisting)
        {
            throw BadInput($"A role named '{trimmed}' already exists.");
        }

        var role = new RoleDefinition(existing?.Name ?? trimmed, set, IsBuiltIn: false, PermissionSet.Empty);
        var roles = CustomRoles.Where(r => !ReferenceEquals(r, existing)).Append(role);
        return new RoleCatalogue([.. roles.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase)]);
    }

    /// <summary>Removes a custom role; BAD_USER_INPUT for a built-in name, NOT_FOUND when no such custom role exists.</summary>
    public RoleCatalogue WithoutCustomRole(string? name)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (BuiltInRoles.IsBuiltIn(trimmed))
        {
            throw BadInput($"The built-in role '{trimmed.ToUpperInvariant()}' cannot be deleted.");
        }

        var existing = CustomRoles.FirstOrDefault(r => string.Equals(r.Name, trimmed, StringComparison.OrdinalIgnoreCase))
            ?? throw new TeamGrainsException(ErrorCodes.NotFound, $"No custom role named '{trimmed}'.");
        return new RoleCatalogue(CustomRoles.Remove(existing));
    }

    /// <summary>
    /// Normalises a role name given by a client: trimmed; built-in names upper case; custom names keep
    /// their case (they compare case-insensitively). BAD_USER_INPUT when empty.
    /// </summary>
    public static string NormalizeName(string? name)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw BadInput("A role name is required.");
        }

        return BuiltInRoles.IsBuiltIn(trimmed) ? trimmed.ToUpperInvariant() : trimmed;
    }

    private static string ValidateCustomRoleName(string? name)
    {
        var trimmed = NormalizeName(name);
        if (BuiltInRoles.IsBuiltIn(trimmed))
        {
            throw BadInput($"'{trimmed}' is a built-in role name.");
        }

        if (trimmed.Length > MaxRoleNameLength)
        {
            throw BadInput($"A role name has at most {MaxRoleNameLength} characters.");
        }

        return trimmed;
    }

    private static TeamGrainsException BadInput(string message) => new(ErrorCodes.BadUserInput, message);
}
