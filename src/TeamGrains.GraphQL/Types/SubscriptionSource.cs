using TeamGrains.GraphQL.Execution;

namespace TeamGrains.GraphQL.Types;

/// <summary>The event stream of a subscription root field (spec 6.2.3.1 ResolveFieldEventStream).</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscriptionSource(IResolverContext context);
