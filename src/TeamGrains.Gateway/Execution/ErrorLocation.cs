namespace TeamGrains.Gateway.Execution;

/// <summary>A line and column in the request document (GraphQL spec §7.1.2, 1-based).</summary>
public readonly record struct ErrorLocation(int Line, int Column);
