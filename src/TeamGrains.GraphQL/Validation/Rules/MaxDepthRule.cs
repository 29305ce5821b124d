using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// A server limit, not a spec rule (active when <see cref="ValidationOptions.MaxDepth"/> is set). Limits nesting: a client cannot make the executor walk an arbitrarily deep tree.
/// The error carries extensions.code <see cref="ValidationOptions.LimitExceededCode"/>.
/// </summary>
public sealed class MaxDepthRule : ValidationRule
{
    public override void EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
        if (context.Options.MaxDepth is not { } limit)
        {
            return;
        }

        var measured = OperationLimits.Of(context, node).Depth;
        if (measured > limit)
        {
            var name = node.Name is { } operationName ? $"Operation \"{operationName}\"" : "The operation";
            context.ReportError(
                $"{name} has depth {measured}, more than the limit of {limit}.",
                LimitErrors.Extensions,
                node);
        }
    }
}
