using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Argument Names: every argument given to a field or directive is defined by it.
/// https://spec.graphql.org/September2025/#sec-Argument-Names
/// </summary>
public sealed class ArgumentNamesRule : ValidationRule
{
    public override void EnterArgument(ValidationContext context, ArgumentNode node)
    {
        var typeInfo = context.TypeInfo;
        if (typeInfo.Argument is not null)
        {
            return;
        }

        if (typeInfo.Directive is { } directive)
        {
            context.ReportError($"Unknown argument \"{node.Name}\" on directive \"@{directive.Name}\".", node);
        }
        else if (!typeInfo.IsInDirective && typeInfo.FieldDefinition is { } field && typeInfo.ParentType is { } parent)
        {
            context.ReportError($"Unknown argument \"{node.Name}\" on field \"{parent.Name}.{field.Name}\".", node);
        }
    }
}
