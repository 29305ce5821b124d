using TeamGrains.Silo.Grains.Shared;

namespace TeamGrains.Silo.Grains.Organizations;

/// <summary>Allowed email domains as stored: trimmed, lower case, without a leading @, distinct, sorted.</summary>
internal static class EmailDomains
{
    public static IReadOnlyList<string> Normalize(IEnumerable<string> domains)
    {
        var result = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var raw in domains)
        {
            var domain = (raw ?? "").Trim().TrimStart('@').ToLowerInvariant();
            if (domain.Length is 0 or > 253
                || !domain.Contains('.', StringComparison.Ordinal)
                || domain.StartsWith('.') || domain.EndsWith('.')
                || domain.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '.')))
            {
                throw Errors.BadInput($"'{raw}' is not an email domain.");
            }

            result.Add(domain);
        }

        return [.. result];
    }
}
