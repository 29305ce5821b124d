namespace TeamGrains.Gateway.Execution;

/// <summary>The kind of the operation a request selects (GraphQL spec §2.3).</summary>
public enum OperationKind
{
    Query,
    Mutation,
    Subscription,
}
