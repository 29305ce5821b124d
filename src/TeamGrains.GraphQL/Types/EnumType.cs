namespace TeamGrains.GraphQL.Types;

/// <summary>
/// An enum (spec 3.9). Resolvers receive a value's name as a string; they may return the name or a
/// .NET enum member whose name matches (case-insensitively, so <c>Role.Admin</c> serializes as ADMIN).
/// </summary>
public sealed class EnumType(string name, string? description = null) : NamedType(name, description)
{
    private Dictionary<string, EnumValueDefinition> _byName = new(StringComparer.Ordinal);
    private Dictionary<string, EnumValueDefinition> _byNameIgnoreCase = new(StringComparer.OrdinalIgnoreCase);

    public override TypeKind Kind => TypeKind.Enum;

    public IReadOnlyList<EnumValueDefinition> Values { get; private set; } = [];

    public EnumValueDefinition? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Result coercion: the enum value for a resolver's string or .NET enum, or null when none matches.</summary>
    public EnumValueDefinition? FindValueForResult(object value) => value switch
    {
        string s => _byName.GetValueOrDefault(s),
        Enum e => _byName.GetValueOrDefault(e.ToString()) ?? _byNameIgnoreCase.GetValueOrDefault(SnakeCase(e.ToString())),
        _ => null,
    };

    internal void SetValues(IReadOnlyList<EnumValueDefinition> values)
    {
        Values = values;
        _byName = new Dictionary<string, EnumValueDefinition>(values.Count, StringComparer.Ordinal);
        _byNameIgnoreCase = new Dictionary<string, EnumValueDefinition>(values.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var value in values)
        {
            _byName.TryAdd(value.Name, value);
            _byNameIgnoreCase.TryAdd(value.Name, value);
        }
    }

    /// <summary>PendingReview → PENDING_REVIEW (case is ignored by the lookup), so .NET names map to GraphQL style.</summary>
    private static string SnakeCase(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
            {
                builder.Append('_');
            }

            builder.Append(name[i]);
        }

        return builder.ToString();
    }
}
