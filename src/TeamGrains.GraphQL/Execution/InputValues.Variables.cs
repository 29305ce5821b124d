using System.Collections;
using System.Text.Json;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Execution;

public static partial class InputValues
{
    /// <summary>
    /// A variable's external value (from JSON or .NET) coerced to <paramref name="type"/> (spec 6.1.2
    /// CoerceVariableValues uses the input coercion rules of each type).
    /// </summary>
    public static object? CoerceValue(object? value, GraphQLType type, List<string> errors, string where)
    {
        if (value is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            value = null;
        }

        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                errors.Add($"{where}: expected non-nullable type \"{type}\" not to be null.");
                return null;
            }

            return CoerceValue(value, nonNull.OfType, errors, where);
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (IsList(value))
                {
                    var items = new List<object?>();
                    var index = 0;
                    foreach (var item in EnumerateList(value))
                    {
                        items.Add(CoerceValue(item, list.OfType, errors, $"{where}[{index++}]"));
                    }

                    return items.ToArray();
                }

                return new[] { CoerceValue(value, list.OfType, errors, where) };
            case InputObjectType input:
                return CoerceObjectValue(value, input, errors, where);
            case EnumType enumType:
                var name = value is JsonElement { ValueKind: JsonValueKind.String } s ? s.GetString() : value as string;
                if (name is not null && enumType.GetValue(name) is { } definition)
                {
                    return definition.Name;
                }

                if (value is Enum && enumType.FindValueForResult(value) is { } fromEnum)
                {
                    return fromEnum.Name;
                }

                errors.Add($"{where}: value {Inspect.Value(value)} does not exist in \"{enumType.Name}\" enum.");
                return null;
            case ScalarType scalar:
                try
                {
                    return scalar.Converter.ParseValue(FromJson(value)!);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    errors.Add($"{where}: {ScalarMessage(exception, scalar, Inspect.Value(value))}");
                    return null;
                }

            default:
                errors.Add($"{where}: \"{type}\" is not an input type.");
                return null;
        }
    }

    private static Dictionary<string, object?> CoerceObjectValue(object value, InputObjectType input, List<string> errors, string where)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        var fields = ReadObject(value);
        if (fields is null)
        {
            errors.Add($"{where}: expected type \"{input.Name}\" to be an object.");
            return result;
        }

        foreach (var key in fields.Keys)
        {
            if (input.GetField(key) is null)
            {
                errors.Add($"{where}: field \"{key}\" is not defined by type \"{input.Name}\".");
            }
        }

        foreach (var field in input.Fields)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    errors.Add($"{where}: field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                }

                continue;
            }

            result[field.Name] = CoerceValue(fieldValue, field.Type, errors, $"{where}.{field.Name}");
        }

        CheckOneOf(input, result, errors, where);
        return result;
    }

    private static Dictionary<string, object?>? ReadObject(object value)
    {
        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = property.Value;
                }

                return map;
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            case IDictionary<string, object?> dictionary:
                return new Dictionary<string, object?>(dictionary, StringComparer.Ordinal);
            case IDictionary untyped:
                return untyped.Cast<DictionaryEntry>().ToDictionary(e => e.Key.ToString()!, e => e.Value, StringComparer.Ordinal);
            default:
                return null;
        }
    }

    private static bool IsList(object value)
        => value is JsonElement element ? element.ValueKind == JsonValueKind.Array
            : value is IEnumerable and not string and not IDictionary && value is not IReadOnlyDictionary<string, object?>;

    private static IEnumerable EnumerateList(object value)
        => value is JsonElement element ? element.EnumerateArray().Cast<object?>() : (IEnumerable)value;
}
