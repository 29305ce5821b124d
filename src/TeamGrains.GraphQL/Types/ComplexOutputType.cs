namespace TeamGrains.GraphQL.Types;

/// <summary>Object and interface types: named fields, and the interfaces they implement (spec 3.6, 3.7).</summary>
public abstract class ComplexOutputType : NamedType
{
    private Dictionary<string, FieldDefinition> _fieldMap = new(StringComparer.Ordinal);

    protected ComplexOutputType(string name, string? description)
        : base(name, description)
    {
    }

    /// <summary>Fields in definition order.</summary>
    public IReadOnlyList<FieldDefinition> Fields { get; private set; } = [];

    public IReadOnlyList<InterfaceType> Interfaces { get; internal set; } = [];

    public FieldDefinition? GetField(string name) => _fieldMap.GetValueOrDefault(name);

    internal void SetFields(IReadOnlyList<FieldDefinition> fields)
    {
        Fields = fields;
        _fieldMap = new Dictionary<string, FieldDefinition>(fields.Count, StringComparer.Ordinal);
        foreach (var field in fields)
        {
            _fieldMap.TryAdd(field.Name, field);
        }
    }

    public bool Implements(InterfaceType interfaceType)
    {
        foreach (var candidate in Interfaces)
        {
            if (ReferenceEquals(candidate, interfaceType))
            {
                return true;
            }
        }

        return false;
    }
}
