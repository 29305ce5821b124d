namespace TeamGrains.GraphQL.Types;

/// <summary>A scalar (spec 3.5): its name and description from SDL, its behaviour from a <see cref="ScalarConverter"/>.</summary>
public sealed class ScalarType : NamedType
{
    public static readonly ScalarType Int = new("Int", BuiltInScalars.Int, "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.");
    public static readonly ScalarType Float = new("Float", BuiltInScalars.Float, "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).");
    public static readonly ScalarType String = new("String", BuiltInScalars.String, "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.");
    public static readonly ScalarType Boolean = new("Boolean", BuiltInScalars.Boolean, "The `Boolean` scalar type represents `true` or `false`.");
    public static readonly ScalarType Id = new("ID", BuiltInScalars.Id, "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.");

    public static readonly IReadOnlyList<ScalarType> Specified = [String, Int, Float, Boolean, Id];

    public ScalarType(string name, ScalarConverter converter, string? description = null, string? specifiedByUrl = null)
        : base(name, description)
    {
        Converter = converter;
        SpecifiedByUrl = specifiedByUrl;
    }

    public override TypeKind Kind => TypeKind.Scalar;

    public ScalarConverter Converter { get; }

    /// <summary>@specifiedBy(url:) of the scalar.</summary>
    public string? SpecifiedByUrl { get; internal set; }

    public bool IsSpecified => ReferenceEquals(this, Int) || ReferenceEquals(this, Float) || ReferenceEquals(this, String)
        || ReferenceEquals(this, Boolean) || ReferenceEquals(this, Id);
}
