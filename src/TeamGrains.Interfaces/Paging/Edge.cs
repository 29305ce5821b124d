namespace TeamGrains.Interfaces.Paging;

/// <summary>One item of a page with its cursor (the contract's *Edge types).</summary>
public sealed record Edge<T>(T Node, string Cursor);
