using System.Collections;
using System.Globalization;

namespace TeamGrains.GraphQL.Execution;

/// <summary>
/// Converts a coerced argument value to the type a resolver asks for: numbers widened or narrowed,
/// enum names to .NET enums (ROLL_OVER → RollOver), lists to arrays or lists of the element type.
/// </summary>
internal static class ArgumentConverter
{
    public static object? Convert(object? value, Type requested, string name)
    {
        if (value is null)
        {
            return null;
        }

        var target = Nullable.GetUnderlyingType(requested) ?? requested;
        if (target.IsInstanceOfType(value))
        {
            return value;
        }

        if (target.IsEnum && value is string enumName)
        {
            return Enum.Parse(target, enumName.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true);
        }

        if (value is IReadOnlyList<object?> items && ElementType(target) is { } elementType)
        {
            var converted = Array.CreateInstance(elementType, items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                converted.SetValue(Convert(items[i], elementType, name), i);
            }

            return target.IsArray || target.IsAssignableFrom(converted.GetType())
                ? converted
                : Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType), converted);
        }

        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(target))
        {
            return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }

        throw new InvalidCastException($"Argument \"{name}\" is a {value.GetType().Name}, not a {requested.Name}.");
    }

    /// <summary>The element type of T[], List&lt;T&gt;, IReadOnlyList&lt;T&gt;, IEnumerable&lt;T&gt; and friends.</summary>
    private static Type? ElementType(Type target)
    {
        if (target.IsArray)
        {
            return target.GetElementType();
        }

        if (target.IsGenericType && typeof(IEnumerable).IsAssignableFrom(target) && target.GetGenericArguments() is [var element])
        {
            return element;
        }

        return null;
    }
}
