namespace TeamGrains.Interfaces.Paging;

/// <summary>A Relay-style page request: at most <paramref name="First"/> items after the opaque cursor <paramref name="After"/>.</summary>
public sealed record PageRequest(int First = PageRequest.DefaultSize, string? After = null)
{
    public const int DefaultSize = 50;

    public const int MaxSize = 500;

    /// <summary>The first page with the default size.</summary>
    public static PageRequest Default { get; } = new();

    /// <summary>The offset of the first item asked for; BAD_USER_INPUT for a negative size or a malformed cursor.</summary>
    public int Offset => After is null ? 0 : Cursor.ToOffset(After) + 1;

    /// <summary>The page size, clamped to <see cref="MaxSize"/>.</summary>
    public int Size => First < 0
        ? throw new TeamGrainsException(ErrorCodes.BadUserInput, "first must not be negative.")
        : Math.Min(First, MaxSize);
}
