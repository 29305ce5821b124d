namespace TeamGrains.GraphQL.Validation;

/// <summary>Limits applied while validating a request document (null = no limit).</summary>
public sealed record ValidationOptions
{
    public static readonly ValidationOptions Default = new();

    /// <summary>Deepest nesting of selection sets, fragments expanded.</summary>
    public int? MaxDepth { get; init; }

    /// <summary>Most fields selected in the whole operation, fragments expanded (a simple cost measure).</summary>
    public int? MaxFieldCount { get; init; }

    /// <summary>Most aliases in the document.</summary>
    public int? MaxAliases { get; init; }

    /// <summary>Validation stops after this many errors.</summary>
    public int? MaxErrors { get; init; } = 100;
}
