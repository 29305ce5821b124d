namespace TeamGrains.GraphQL.Types;

/// <summary>The converters of the five specified scalars (spec 3.5).</summary>
internal static class BuiltInScalars
{
    public static readonly ScalarConverter Int = new IntConverter();
    public static readonly ScalarConverter Float = new FloatConverter();
    public static readonly ScalarConverter String = new StringConverter();
    public static readonly ScalarConverter Boolean = new BooleanConverter();
    public static readonly ScalarConverter Id = new IdConverter();
}
