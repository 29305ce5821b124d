namespace TeamGrains.Gateway.Schema;

/// <summary>One edge of a <see cref="PageView"/>: its node and cursor.</summary>
public sealed record EdgeView(object Node, string Cursor);
