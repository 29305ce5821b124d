using System.Net.Mail;
using TeamGrains.Interfaces;

namespace TeamGrains.Silo.Grains.Invitations;

/// <summary>Normalises and validates an invitee's email (trimmed, lower-cased, one plain address).</summary>
internal static class InvitationEmail
{
    /// <summary>The normalised email, or BAD_USER_INPUT when it is not one plain address with a dotted domain.</summary>
    public static string Normalise(string? email)
    {
        var normalised = (email ?? "").Trim().ToLowerInvariant();
        if (!IsPlainAddress(normalised))
        {
            throw new TeamGrainsException(ErrorCodes.BadUserInput, "The email address is not valid.");
        }

        return normalised;
    }

    /// <summary>The part after '@' of a normalised email.</summary>
    public static string DomainOf(string normalisedEmail) => normalisedEmail[(normalisedEmail.LastIndexOf('@') + 1)..];

    // MailAddress alone accepts display names ("A <a@b.c>") and quoted local parts; an invitee is one bare
    // address, so the parsed address must equal the input and the domain must look like a host name.
    private static bool IsPlainAddress(string email)
    {
        if (email.Length is 0 or > 254 || email.Any(char.IsWhiteSpace) || email.Count(c => c == '@') != 1)
        {
            return false;
        }

        if (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
        {
            return false;
        }

        var domain = DomainOf(email);
        return domain.Contains('.', StringComparison.Ordinal)
            && !domain.StartsWith('.')
            && !domain.EndsWith('.')
            && domain.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-');
    }
}
