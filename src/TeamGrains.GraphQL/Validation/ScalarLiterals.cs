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
}
