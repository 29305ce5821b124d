namespace TeamGrains.GraphQL.Language;

/// <summary>Where a token or node starts: character offsets and 1-based line and column.</summary>
public readonly record struct Location(int Start, int End, int Line, int Column);
