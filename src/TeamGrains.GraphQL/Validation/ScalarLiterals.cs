using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Validation;

/// <summary>
/// Literal input coercion of a scalar (spec 3.5): the scalar's own converter decides, and its
/// message (graphql-js wording for the built-in scalars) becomes the validation error.
/// </summary>
internal static class ScalarLiterals
{
    /// <summary>Null when the literal is acceptable, else the error message.</summary>
    public static string? Check(ScalarType scalar, ValueNode value)
    {
        // The built-in scalars are checked without calling (and boxing through) the converter;
        // only a refused literal asks the converter, for its message.
        if (scalar.IsSpecified && IsValidBuiltIn(scalar, value))
        {
            return null;
        }

        try
        {
            scalar.Converter.ParseLiteral(value);
            return null;
        }
        catch (GraphQLException error)
        {
            return error.Message;
        }
        catch (Exception error) when (error is FormatException or OverflowException or ArgumentException or InvalidCastException)
        {
            // A custom converter that throws something else still refuses the literal.
            return $"Expected value of type \"{scalar.Name}\", found {ValuePrinter.Print(value)}.";
        }
    }

    private static bool IsValidBuiltIn(ScalarType scalar, ValueNode value) => value switch
    {
        IntValueNode integer when ReferenceEquals(scalar, ScalarType.Int) =>
            int.TryParse(integer.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _),
        IntValueNode => ReferenceEquals(scalar, ScalarType.Float) || ReferenceEquals(scalar, ScalarType.Id),
        FloatValueNode => ReferenceEquals(scalar, ScalarType.Float),
        StringValueNode => ReferenceEquals(scalar, ScalarType.String) || ReferenceEquals(scalar, ScalarType.Id),
        BooleanValueNode => ReferenceEquals(scalar, ScalarType.Boolean),
        _ => false,
    };
}
