using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// A server limit, not a spec rule (active when <see cref="ValidationOptions.MaxFieldCount"/> is set). Limits the fields selected (fragments expanded at each spread), a simple cost measure.
/// The error carries extensions.code <see cref="ValidationOptions.LimitExceededCode"/>.
/// </summary>
public sealed class MaxFieldCountRule : ValidationRule
{
    public override void EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
        if (context.Options.MaxFieldCount is not { } limit)
        {
            return;
        }

        var measured = OperationLimits.Of(context, node).Fields;
        if (measured > limit)
        {
            var name = node.Name is { } operationName ? $"Operation \"{operationName}\"" : "The operation";
            context.ReportError(
                $"{name} selects {measured} fields, more than the limit of {limit}.",
                LimitErrors.Extensions,
                node);
        }
    }
}
