using System.Globalization;
using TeamGrains.GraphQL;
using TeamGrains.Interfaces;

namespace TeamGrains.Gateway.Schema;

/// <summary>The coerced fields of an input object argument.</summary>
public sealed class InputObject(IReadOnlyDictionary<string, object?> fields)
{
    public bool Has(string name) => fields.ContainsKey(name);

    public string? String(string name) => ResolverContextExtensions.AsString(fields.GetValueOrDefault(name));

    public string Required(string name) =>
        String(name) ?? throw new GraphQLException($"Input field {name} is required.", ErrorCodes.BadUserInput);

    public int? Int(string name) => fields.GetValueOrDefault(name) is { } value ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : null;

    public bool? Bool(string name) => fields.GetValueOrDefault(name) as bool?;

    public DateTimeOffset? DateTime(string name) => fields.GetValueOrDefault(name) switch
    {
        null => null,
        DateTimeOffset offset => offset,
        DateTime dateTime => new DateTimeOffset(dateTime.ToUniversalTime()),
        var other => throw new GraphQLException($"Input field {name} is not a DateTime: {other}.", ErrorCodes.BadUserInput),
    };

    public IReadOnlyList<string>? Strings(string name) =>
        fields.GetValueOrDefault(name) is IEnumerable<object?> items ? items.Select(i => ResolverContextExtensions.AsString(i)!).ToList() : null;
}
