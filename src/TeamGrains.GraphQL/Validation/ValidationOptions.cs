namespace TeamGrains.GraphQL.Validation;

/// <summary>
/// How a document is validated: the spec rules always run; the limits below are optional rules a
/// server turns on to refuse expensive documents (each breach is an error with the extensions code
/// <see cref="LimitExceededCode"/>). A null limit is off.
/// </summary>
public sealed record ValidationOptions
{
    /// <summary>The extensions code of the limit errors.</summary>
    public const string LimitExceededCode = "LIMIT_EXCEEDED";

    public static readonly ValidationOptions Default = new();

    /// <summary>Errors kept before validation stops (graphql-js and HotChocolate use 100).</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>Deepest nesting of fields in an operation, fragments expanded (the root fields are depth 1).</summary>
    public int? MaxDepth { get; init; }

    /// <summary>Field selections in an operation, fragments expanded at each spread.</summary>
    public int? MaxFieldCount { get; init; }

    /// <summary>Aliased fields in an operation, fragments expanded at each spread.</summary>
    public int? MaxAliases { get; init; }

    /// <summary>Rules to run instead of <see cref="DocumentValidator.SpecifiedRules"/> (the limit rules are added when set).</summary>
    public IReadOnlyList<ValidationRule>? Rules { get; init; }
}
