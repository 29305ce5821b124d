namespace TeamGrains.GraphQL.Language;

/// <summary>
/// Names repeat across documents (__typename, id, name, fields of the schema), so the parser reuses
/// one string per name instead of cutting a new one per token. A small lock-free direct-mapped table
/// keyed by hash: a miss only costs the substring it would have cost anyway.
/// </summary>
internal static class NameTable
{
    private const int Size = 4096;
    private static readonly string?[] Entries = new string?[Size];

    public static string Get(Lexer lexer)
    {
        var span = lexer.Span;
        if (span.Length > 32)
        {
            return span.ToString();
        }

        var hash = (int)((uint)string.GetHashCode(span) % Size);
        var entry = Volatile.Read(ref Entries[hash]);
        if (entry is not null && span.SequenceEqual(entry))
        {
            return entry;
        }

        var name = span.ToString();
        Volatile.Write(ref Entries[hash], name);
        return name;
    }
}
