namespace TeamGrains.GraphQL;

/// <summary>A 1-based line and column in the request document, as written in an error's "locations".</summary>
public readonly record struct SourceLocation(int Line, int Column);
