using System.Collections;
using System.Text.Json;
using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Execution;

/// <summary>
/// Input coercion (spec 3.5, 3.9, 3.10, 3.11, 3.12 "Input Coercion"): literals and variable values
/// become the .NET values resolvers receive: int, double, string, bool, enum names as string,
/// <see cref="IReadOnlyDictionary{TKey,TValue}"/> for input objects, <see cref="IReadOnlyList{T}"/> for lists.
/// Problems are appended to <c>errors</c> (the first one is reported); the returned value is then meaningless.
/// </summary>
public static partial class InputValues
{
    /// <summary>A literal (possibly with variables) coerced to <paramref name="type"/>; variables must already be coerced.</summary>
    public static object? CoerceLiteral(ValueNode literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, List<string> errors, string where)
    {
        if (literal is VariableNode variable)
        {
            // Missing variables were handled by the caller (argument or field absent); here they mean null.
            var value = variables is not null && variables.TryGetValue(variable.Name, out var v) ? v : null;
            if (value is null && type is NonNullType)
            {
                errors.Add($"{where}: expected non-null value of type \"{type}\", found null variable \"${variable.Name}\".");
            }

            return value;
        }

        if (type is NonNullType nonNull)
        {
            if (literal is NullValueNode)
            {
                errors.Add($"{where}: expected value of type \"{type}\", found null.");
                return null;
            }

            return CoerceLiteral(literal, nonNull.OfType, variables, errors, where);
        }

        if (literal is NullValueNode)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (literal is ListValueNode listValue)
                {
                    var items = new object?[listValue.Values.Count];
                    for (var i = 0; i < items.Length; i++)
                    {
                        items[i] = CoerceLiteral(listValue.Values[i], list.OfType, variables, errors, where);
                    }

                    return items;
                }

                return new[] { CoerceLiteral(literal, list.OfType, variables, errors, where) };
            case InputObjectType input:
                return CoerceObjectLiteral(literal, input, variables, errors, where);
            case EnumType enumType:
                if (literal is EnumValueNode enumValue && enumType.GetValue(enumValue.Value) is { } definition)
                {
                    return definition.Name;
                }

                errors.Add($"{where}: value {Printer.Print(literal)} does not exist in \"{enumType.Name}\" enum.");
                return null;
            case ScalarType scalar:
                try
                {
                    return scalar.Converter.ParseLiteral(literal);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    errors.Add($"{where}: {ScalarMessage(exception, scalar, Printer.Print(literal))}");
                    return null;
                }

            default:
                errors.Add($"{where}: \"{type}\" is not an input type.");
                return null;
        }
    }

    private static Dictionary<string, object?> CoerceObjectLiteral(ValueNode literal, InputObjectType input, IReadOnlyDictionary<string, object?>? variables, List<string> errors, string where)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (literal is not ObjectValueNode objectValue)
        {
            errors.Add($"{where}: expected value of type \"{input.Name}\", found {Printer.Print(literal)}.");
            return result;
        }

        foreach (var fieldNode in objectValue.Fields)
        {
            if (input.GetField(fieldNode.Name) is null)
            {
                errors.Add($"{where}: field \"{fieldNode.Name}\" is not defined by type \"{input.Name}\".");
            }
        }

        foreach (var field in input.Fields)
        {
            ObjectFieldNode? node = null;
            foreach (var candidate in objectValue.Fields)
            {
                if (candidate.Name == field.Name)
                {
                    node = candidate;
                    break;
                }
            }

            var missing = node is null || (node.Value is VariableNode v && (variables is null || !variables.ContainsKey(v.Name)));
            if (missing)
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    errors.Add($"{where}: field \"{input.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.");
                }

                continue;
            }

            result[field.Name] = CoerceLiteral(node!.Value, field.Type, variables, errors, $"{where}.{field.Name}");
        }

        CheckOneOf(input, result, errors, where);
        return result;
    }

    /// <summary>@oneOf (spec 3.10.1): exactly one field, and it is not null.</summary>
    private static void CheckOneOf(InputObjectType input, Dictionary<string, object?> value, List<string> errors, string where)
    {
        if (!input.IsOneOf)
        {
            return;
        }

        if (value.Count != 1)
        {
            errors.Add($"{where}: OneOf Input Object \"{input.Name}\" must specify exactly one key.");
        }
        else if (value.Values.First() is null)
        {
            errors.Add($"{where}: field \"{input.Name}.{value.Keys.First()}\" must be non-null.");
        }
    }

    private static string ScalarMessage(Exception exception, ScalarType scalar, string shown)
        => exception is GraphQLException ? exception.Message : $"expected value of type \"{scalar.Name}\", found {shown}.";

    /// <summary>Untyped literal → .NET value (for pass-through scalars and printing).</summary>
    public static object? FromLiteralUntyped(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        NullValueNode => null,
        IntValueNode i => int.TryParse(i.Value, out var small) ? small : long.TryParse(i.Value, out var large) ? large : double.Parse(i.Value, System.Globalization.CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, System.Globalization.CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        EnumValueNode e => e.Value,
        ListValueNode list => list.Values.Select(v => FromLiteralUntyped(v, variables)).ToArray(),
        ObjectValueNode obj => obj.Fields.ToDictionary(f => f.Name, f => FromLiteralUntyped(f.Value, variables), StringComparer.Ordinal),
        VariableNode v => variables?.GetValueOrDefault(v.Name),
        _ => null,
    };

    /// <summary>JSON-ish values (JsonElement, dictionaries, lists) → plain .NET values.</summary>
    public static object? FromJson(object? value) => value switch
    {
        null => null,
        JsonElement element => FromJsonElement(element),
        string or bool => value,
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => FromJson(p.Value), StringComparer.Ordinal),
        IDictionary dictionary => dictionary.Cast<DictionaryEntry>().ToDictionary(e => Convert.ToString(e.Key, System.Globalization.CultureInfo.InvariantCulture)!, e => FromJson(e.Value), StringComparer.Ordinal),
        IEnumerable list => list.Cast<object?>().Select(FromJson).ToArray(),
        _ => value,
    };

    private static object? FromJsonElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt32(out var i) ? i : element.TryGetInt64(out var l) ? l : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(e => FromJsonElement(e)).ToArray(),
        _ => element.EnumerateObject().ToDictionary(p => p.Name, p => FromJsonElement(p.Value), StringComparer.Ordinal),
    };
}
