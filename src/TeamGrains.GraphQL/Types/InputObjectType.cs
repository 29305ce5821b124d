namespace TeamGrains.GraphQL.Types;

/// <summary>An input object (spec 3.10); with @oneOf exactly one field must be given, and it must not be null.</summary>
public sealed class InputObjectType(string name, string? description = null) : NamedType(name, description)
{
    private Dictionary<string, InputValueDefinition> _fieldMap = new(StringComparer.Ordinal);

    public override TypeKind Kind => TypeKind.InputObject;

    public IReadOnlyList<InputValueDefinition> Fields { get; private set; } = [];

    public bool IsOneOf { get; internal set; }

    public InputValueDefinition? GetField(string name) => _fieldMap.GetValueOrDefault(name);

    internal void SetFields(IReadOnlyList<InputValueDefinition> fields)
    {
        Fields = fields;
        _fieldMap = new Dictionary<string, InputValueDefinition>(fields.Count, StringComparer.Ordinal);
        foreach (var field in fields)
        {
            _fieldMap.TryAdd(field.Name, field);
        }
    }
}
