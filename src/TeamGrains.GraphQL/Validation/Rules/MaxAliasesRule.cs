using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// A server limit, not a spec rule (active when <see cref="ValidationOptions.MaxAliases"/> is set). Limits aliases, which let one document ask for the same expensive field many times.
/// The error carries extensions.code <see cref="ValidationOptions.LimitExceededCode"/>.
/// </summary>
public sealed class MaxAliasesRule : ValidationRule
{
    public override void EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
        if (context.Options.MaxAliases is not { } limit)
        {
            return;
        }

        var measured = OperationLimits.Of(context, node).Aliases;
        if (measured > limit)
        {
            var name = node.Name is { } operationName ? $"Operation \"{operationName}\"" : "The operation";
            context.ReportError(
                $"{name} uses {measured} aliases, more than the limit of {limit}.",
                LimitErrors.Extensions,
                node);
        }
    }
}
