using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Argument Uniqueness: a field or directive is given each argument at most once.
/// https://spec.graphql.org/September2025/#sec-Argument-Uniqueness
/// </summary>
public sealed class ArgumentUniquenessRule : ValidationRule
{
    public override void EnterField(ValidationContext context, FieldNode node) => Check(context, node.Arguments);

    public override void EnterDirective(ValidationContext context, DirectiveNode node, string location) =>
        Check(context, node.Arguments);

    private static void Check(ValidationContext context, IReadOnlyList<ArgumentNode> arguments)
    {
        // Argument lists are short: a quadratic scan allocates nothing on the common path.
        for (var i = 1; i < arguments.Count; i++)
        {
            var name = arguments[i].Name;
            var earlier = 0;
            for (var j = 0; j < i; j++)
            {
                if (arguments[j].Name == name)
                {
                    earlier++;
                }
            }

            if (earlier == 1)
            {
                var nodes = arguments.Where(a => a.Name == name).Cast<SyntaxNode>().ToArray();
                context.ReportError($"There can be only one argument named \"{name}\".", nodes);
            }
        }
    }
}
