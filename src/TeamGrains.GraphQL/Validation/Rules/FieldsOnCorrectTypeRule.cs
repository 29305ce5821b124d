using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Field Selections: a selected field is defined on the selection set's type (unions only have
/// __typename; __schema and __type exist on the query root only).
/// https://spec.graphql.org/September2025/#sec-Field-Selections
/// </summary>
public sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    public override void EnterField(ValidationContext context, FieldNode node)
    {
        if (context.TypeInfo.ParentType is { } parent && context.TypeInfo.FieldDefinition is null)
        {
            context.ReportError($"Cannot query field \"{node.Name}\" on type \"{parent.Name}\".", node);
        }
    }
}
