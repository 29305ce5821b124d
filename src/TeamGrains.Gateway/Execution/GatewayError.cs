namespace TeamGrains.Gateway.Execution;

/// <summary>One entry of a response's <c>errors</c> list; <see cref="Code"/> becomes <c>extensions.code</c>.</summary>
public sealed record GatewayError(
    string Message,
    string? Code,
    IReadOnlyList<ErrorLocation>? Locations = null,
    IReadOnlyList<object>? Path = null);
