using TeamGrains.GraphQL.Execution;

namespace TeamGrains.GraphQL.Types;

/// <summary>Resolves one field (spec 6.4.2 ResolveFieldValue). Throw <see cref="GraphQLException"/> for a client-facing error.</summary>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);
