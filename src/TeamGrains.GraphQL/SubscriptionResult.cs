namespace TeamGrains.GraphQL;

/// <summary>
/// The outcome of <see cref="GraphQLExecutor.SubscribeAsync"/> (spec 6.2.3): either an immediate result
/// with errors, or a stream with one <see cref="ExecutionResult"/> per source event. Cancelling the
/// token given to SubscribeAsync (or to the enumeration) ends the stream and disposes the source.
/// </summary>
public sealed class SubscriptionResult
{
    private SubscriptionResult(ExecutionResult? errors, IAsyncEnumerable<ExecutionResult>? stream)
    {
        Errors = errors;
        Stream = stream;
    }

    /// <summary>Set when the subscription could not start.</summary>
    public ExecutionResult? Errors { get; }

    /// <summary>Set when the subscription started.</summary>
    public IAsyncEnumerable<ExecutionResult>? Stream { get; }

    public bool IsStream => Stream is not null;

    public static SubscriptionResult FromErrors(ExecutionResult errors) => new(errors, null);

    public static SubscriptionResult FromStream(IAsyncEnumerable<ExecutionResult> stream) => new(null, stream);
}
