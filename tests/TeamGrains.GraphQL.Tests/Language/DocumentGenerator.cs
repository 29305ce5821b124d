using System.Text;

namespace TeamGrains.GraphQL.Tests.Language;

/// <summary>Random GraphQL documents from the grammar (valid syntax), and random mutations of text.</summary>
internal sealed class DocumentGenerator(int seed)
{
    private static readonly string[] Names = ["a", "dog", "name", "on", "query", "type", "true", "null", "fragment", "_x1", "Human"];
    private static readonly string[] Strings = ["\"\"", "\"x\\n\\u00e9\\u{1F600}\"", "\"\\\"q\\\"\"", "\"\"\"block\n  text\n\"\"\"", "\"\"\"  \\\"\"\" a\"\"\"", "\"tab\\t\""];
    private static readonly string[] Fragments = ["{", "}", "(", ")", "[", "]", "...", "$", "@", ":", "=", "!", "|", "&", "\"", "\"\"\"", "\\u", "#", "\n", "-", "0", "1.5e", "on", "\uD800", "\u0000", ","];
    private readonly Random _random = new(seed);

    public string Document()
    {
        var builder = new StringBuilder();
        var count = _random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            builder.Append(_random.Next(5) switch
            {
                0 => "fragment F" + i + " on " + Name() + Directives() + " " + SelectionSet(0),
                1 => Sdl(),
                2 => SelectionSet(0),
                _ => Pick("query", "mutation", "subscription") + " Op" + i + Variables() + Directives() + " " + SelectionSet(0),
            }).Append('\n');
        }

        return builder.ToString();
    }

    public string Mutate(string text)
    {
        var builder = new StringBuilder(text);
        var edits = _random.Next(1, 4);
        for (var i = 0; i < edits && builder.Length > 0; i++)
        {
            var at = _random.Next(builder.Length);
            switch (_random.Next(4))
            {
                case 0: builder.Remove(at, Math.Min(builder.Length - at, _random.Next(1, 5))); break;
                case 1: builder.Insert(at, Fragments[_random.Next(Fragments.Length)]); break;
                case 2: builder.Insert(at, builder.ToString(at, Math.Min(builder.Length - at, _random.Next(1, 20)))); break;
                default: builder[at] = (char)_random.Next(0, 128); break;
            }
        }

        return builder.ToString();
    }

    private string SelectionSet(int depth)
    {
        var builder = new StringBuilder("{ ");
        var count = _random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            var choice = depth > 3 ? 0 : _random.Next(6);
            builder.Append(choice switch
            {
                0 or 1 or 2 => (_random.Next(3) == 0 ? Name() + ": " : string.Empty) + Name() + Arguments(false) + Directives()
                    + (choice == 2 ? " " + SelectionSet(depth + 1) : string.Empty),
                3 => "...F" + _random.Next(3) + Directives(),
                4 => "... on " + Name() + Directives() + " " + SelectionSet(depth + 1),
                _ => "..." + Directives() + " " + SelectionSet(depth + 1),
            }).Append(' ');
        }

        return builder.Append('}').ToString();
    }

    private string Variables()
    {
        if (_random.Next(2) == 0)
        {
            return string.Empty;
        }

        return "(" + string.Join(", ", Enumerable.Range(0, _random.Next(1, 3))
            .Select(i => "$v" + i + ": " + Type() + (_random.Next(2) == 0 ? " = " + Value(true, 0) : string.Empty) + Directives(true))) + ")";
    }

    private string Arguments(bool isConst)
    {
        if (_random.Next(2) == 0)
        {
            return string.Empty;
        }

        return "(" + string.Join(" ", Enumerable.Range(0, _random.Next(1, 3)).Select(i => Name() + i + ": " + Value(isConst, 0))) + ")";
    }

    private string Directives(bool isConst = false) => _random.Next(3) == 0 ? " @" + Name() + Arguments(isConst) : string.Empty;

    private string Value(bool isConst, int depth)
    {
        var choice = _random.Next(depth > 2 ? 7 : 9);
        return choice switch
        {
            0 => _random.Next(-100, 100).ToString(System.Globalization.CultureInfo.InvariantCulture),
            1 => Pick("1.5", "-0.0", "3e10", "2.5E-3"),
            2 => Strings[_random.Next(Strings.Length)],
            3 => Pick("true", "false", "null"),
            4 => Pick("RED", "on", "Dog"),
            5 => isConst ? "1" : "$v" + _random.Next(3),
            6 => "[]",
            7 => "[" + Value(isConst, depth + 1) + ", " + Value(isConst, depth + 1) + "]",
            _ => "{" + Name() + ": " + Value(isConst, depth + 1) + "}",
        };
    }

    private string Type()
    {
        var type = _random.Next(4) == 0 ? "[" + Name() + (_random.Next(2) == 0 ? "!" : string.Empty) + "]" : Name();
        return _random.Next(2) == 0 ? type + "!" : type;
    }

    private string Sdl()
    {
        var description = _random.Next(2) == 0 ? Strings[_random.Next(Strings.Length)] + " " : string.Empty;
        return _random.Next(8) switch
        {
            0 => description + "type T" + Interfaces() + " @key(a: 1) { " + FieldDefinition() + " " + FieldDefinition() + " }",
            1 => description + "interface I" + Interfaces() + " { " + FieldDefinition() + " }",
            2 => description + "union U = | A | B",
            3 => description + "enum E { " + description + "A B @deprecated }",
            4 => description + "input In @oneOf { " + description + "a: Int = " + Value(true, 0) + " b: [In!] }",
            5 => description + "directive @d(a: Int) repeatable on FIELD | OBJECT",
            6 => "extend " + Pick("type T @x", "interface I { f: Int }", "union U = C", "enum E { Z }", "input In { z: Int }", "scalar S @x", "schema @x"),
            _ => description + "schema { query: Q mutation: M }",
        };
    }

    private string FieldDefinition()
        => Name() + (_random.Next(2) == 0 ? "(" + Strings[_random.Next(Strings.Length)] + " a: Int = 1, b: " + Type() + ")" : string.Empty) + ": " + Type() + Directives();

    private string Interfaces() => _random.Next(2) == 0 ? " implements A & B" : string.Empty;

    private string Name() => Names[_random.Next(Names.Length)];

    private string Pick(params string[] options) => options[_random.Next(options.Length)];
}
