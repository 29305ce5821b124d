using System.Text;

namespace TeamGrains.GraphQL.Language;

/// <summary>Block strings (spec 2.9.4): the BlockStringValue() algorithm and its inverse for printing.</summary>
public static class BlockString
{
    /// <summary>
    /// BlockStringValue(rawValue): split into lines, remove the common indentation of every line but
    /// the first, drop leading and trailing blank lines, join with \n.
    /// </summary>
    public static string Dedent(string raw)
    {
        var lines = SplitLines(raw);
        int? commonIndent = null;
        for (var i = 1; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = LeadingWhiteSpace(line);
            if (indent < line.Length && (commonIndent is null || indent < commonIndent))
            {
                commonIndent = indent;
            }
        }

        if (commonIndent is > 0)
        {
            for (var i = 1; i < lines.Count; i++)
            {
                lines[i] = lines[i].Length < commonIndent.Value ? string.Empty : lines[i][commonIndent.Value..];
            }
        }

        var first = 0;
        while (first < lines.Count && IsBlank(lines[first]))
        {
            first++;
        }

        var last = lines.Count - 1;
        while (last >= first && IsBlank(lines[last]))
        {
            last--;
        }

        if (first > last)
        {
            return string.Empty;
        }

        return first == last ? lines[first] : string.Join('\n', lines.GetRange(first, last - first + 1));
    }

    /// <summary>
    /// The block string (with quotes) whose value is <paramref name="value"/> when written at
    /// <paramref name="indent"/>, or null when no block string has exactly that value.
    /// </summary>
    public static string? TryPrint(string value, string indent)
    {
        if (value.Contains('\r'))
        {
            return null;
        }

        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Split('\n');
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1 && lines.Skip(1).All(l => l.Length == 0 || l[0] is ' ' or '\t');
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var multipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && value[0] is ' ' or '\t';

        var builder = new StringBuilder("\"\"\"");
        if ((multipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n').Append(indent);
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('\n').Append(indent);
            }

            builder.Append(lines[i]);
        }

        if (multipleLines || forceTrailingNewLine)
        {
            builder.Append('\n').Append(indent);
        }

        builder.Append("\"\"\"");
        var printed = builder.ToString();
        var raw = printed[3..^3].Replace("\\\"\"\"", "\"\"\"", StringComparison.Ordinal);
        return Dedent(raw) == value ? printed : null;
    }

    private static List<string> SplitLines(string raw)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c is '\n' or '\r')
            {
                lines.Add(raw[start..i]);
                if (c == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add(raw[start..]);
        return lines;
    }

    private static int LeadingWhiteSpace(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }

    private static bool IsBlank(string line) => LeadingWhiteSpace(line) == line.Length;
}
