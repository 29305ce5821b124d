using TeamGrains.GraphQL.Execution;

namespace TeamGrains.GraphQL.Types;

/// <summary>The name of the object type of <paramref name="value"/> within an interface or union (spec 6.4.3 ResolveAbstractType).</summary>
public delegate string? TypeResolver(object value, IResolverContext context, IAbstractType abstractType);
