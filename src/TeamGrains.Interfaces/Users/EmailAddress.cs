using System.Net.Mail;

namespace TeamGrains.Interfaces.Users;

/// <summary>Email normalisation of the contract: trimmed and lower-cased before any comparison.</summary>
public static class EmailAddress
{
    public const int MaxLength = 254;

    /// <summary>The normalised form of <paramref name="email"/>; BAD_USER_INPUT when it is not a plain address.</summary>
    public static string Normalize(string? email)
    {
        var trimmed = email?.Trim().ToLowerInvariant() ?? "";
        if (trimmed.Length is 0 or > MaxLength
            || trimmed.Any(char.IsWhiteSpace)
            || !MailAddress.TryCreate(trimmed, out var parsed)
            || parsed.Address != trimmed
            || !parsed.Host.Contains('.', StringComparison.Ordinal))
        {
            throw new TeamGrainsException(ErrorCodes.BadUserInput, "Malformed email address.");
        }

        return trimmed;
    }

    /// <summary>The domain part of a normalised address.</summary>
    public static string DomainOf(string normalizedEmail) => normalizedEmail[(normalizedEmail.LastIndexOf('@') + 1)..];
}
