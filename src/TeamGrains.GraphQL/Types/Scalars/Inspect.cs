using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Types;

/// <summary>Short text of a value for error messages (graphql-js <c>inspect</c>): strings quoted, lists in brackets.</summary>
internal static class Inspect
{
    public static string Value(object? value, int depth = 0) => value switch
    {
        null => "null",
        string s => Quote(s),
        bool b => b ? "true" : "false",
        ValueNode node => Printer.Print(node),
        JsonElement element => element.GetRawText(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IDictionary or IReadOnlyDictionary<string, object?> => depth > 1 ? "{...}" : Object(value, depth),
        IEnumerable list => depth > 1 ? "[...]" : "[" + string.Join(", ", list.Cast<object?>().Take(10).Select(v => Value(v, depth + 1))) + "]",
        _ => "{}",
    };

    private static string Quote(string s)
    {
        var builder = new StringBuilder();
        Printer.WriteQuoted(builder, s);
        return builder.ToString();
    }

    private static string Object(object value, int depth)
    {
        var pairs = value is IReadOnlyDictionary<string, object?> map
            ? map.Select(p => p.Key + ": " + Value(p.Value, depth + 1))
            : ((IDictionary)value).Cast<DictionaryEntry>().Select(e => e.Key + ": " + Value(e.Value, depth + 1));
        return "{ " + string.Join(", ", pairs.Take(10)) + " }";
    }
}
