using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Validation;

namespace TeamGrains.GraphQL;

/// <summary>How a <see cref="GraphQLExecutor"/> parses, validates, caches and reports.</summary>
public sealed record ExecutionOptions
{
    public static readonly ExecutionOptions Default = new();

    public ParserOptions Parser { get; init; } = ParserOptions.Default;

    public ValidationOptions Validation { get; init; } = ValidationOptions.Default;

    /// <summary>Parsed and validated documents kept, keyed by query text and operation name (0 disables the cache).</summary>
    public int DocumentCacheSize { get; init; } = 1000;

    /// <summary>Longer query texts are not cached, so the cache's memory stays bounded (size × this).</summary>
    public int DocumentCacheMaxQueryLength { get; init; } = 64 * 1024;

    /// <summary>
    /// Deepest response path executed. Validation forbids fragment cycles, but this keeps even an
    /// unvalidated self-referencing document over self-referencing data from exhausting the stack.
    /// </summary>
    public int MaxExecutionDepth { get; init; } = 200;

    /// <summary>Whether __schema and __type may be queried (__typename always works).</summary>
    public bool EnableIntrospection { get; init; } = true;

    /// <summary>
    /// Maps an exception thrown by a resolver (other than <see cref="GraphQLException"/>) to a client error
    /// (message and extensions such as "code"); return null for the generic "Unexpected error.".
    /// Locations and path are added by the executor.
    /// </summary>
    public Func<Exception, GraphQLError?>? ErrorFilter { get; init; }

    /// <summary>Told about every exception that became "Unexpected error.", e.g. to log it.</summary>
    public Action<Exception>? OnUnexpectedError { get; init; }
}
