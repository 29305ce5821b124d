namespace TeamGrains.Interfaces;

/// <summary>A failure the client should see, with a contract error code and a message safe to show.</summary>
public sealed class TeamGrainsException : Exception
{
    public TeamGrainsException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    /// <summary>One of <see cref="ErrorCodes"/>.</summary>
    public string Code { get; }
}
