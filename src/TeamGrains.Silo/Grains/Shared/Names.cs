namespace TeamGrains.Silo.Grains.Shared;

/// <summary>Validation of the names clients give organizations, teams and resources.</summary>
internal static class Names
{
    public const int MaxLength = 200;

    /// <summary>The trimmed name; BAD_USER_INPUT when empty or too long.</summary>
    public static string Require(string? name, string what)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw Errors.BadInput($"{what} must not be empty.");
        }

        if (trimmed.Length > MaxLength)
        {
            throw Errors.BadInput($"{what} has at most {MaxLength} characters.");
        }

        return trimmed;
    }
}
