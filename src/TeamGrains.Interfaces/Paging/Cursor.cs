using System.Globalization;
using System.Text;

namespace TeamGrains.Interfaces.Paging;

/// <summary>Opaque page cursors: the base64 of an item's offset in its ordered list.</summary>
public static class Cursor
{
    private const string Prefix = "o:";

    public static string FromOffset(int offset)
        => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The offset a cursor names; BAD_USER_INPUT when it is not one of ours.</summary>
    public static int ToOffset(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
        }

        throw new TeamGrainsException(ErrorCodes.BadUserInput, "Malformed cursor.");
    }
}
