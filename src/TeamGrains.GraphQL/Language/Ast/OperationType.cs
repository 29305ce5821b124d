namespace TeamGrains.GraphQL.Language;

/// <summary>OperationType : one of query mutation subscription (spec 2.3).</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
