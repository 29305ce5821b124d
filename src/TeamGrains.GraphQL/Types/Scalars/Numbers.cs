namespace TeamGrains.GraphQL.Types;

/// <summary>Widening of the .NET numeric types for scalar coercion.</summary>
internal static class Numbers
{
    public static bool TryToDouble(object value, out double result)
    {
        switch (value)
        {
            case int i: result = i; return true;
            case long l: result = l; return true;
            case double d: result = d; return !double.IsNaN(d) && !double.IsInfinity(d);
            case float f: result = f; return !float.IsNaN(f) && !float.IsInfinity(f);
            case decimal m: result = (double)m; return true;
            case short s: result = s; return true;
            case byte b: result = b; return true;
            case sbyte sb: result = sb; return true;
            case ushort us: result = us; return true;
            case uint ui: result = ui; return true;
            case ulong ul: result = ul; return true;
            default: result = 0; return false;
        }
    }
}
