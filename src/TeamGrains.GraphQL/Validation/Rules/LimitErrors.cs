namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>The extensions shared by every limit error.</summary>
internal static class LimitErrors
{
    public static readonly IReadOnlyDictionary<string, object?> Extensions =
        new Dictionary<string, object?> { ["code"] = ValidationOptions.LimitExceededCode };
}
