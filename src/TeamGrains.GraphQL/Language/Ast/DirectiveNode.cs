namespace TeamGrains.GraphQL.Language;

/// <summary>@name(arguments) (spec 2.12).</summary>
public sealed class DirectiveNode : SyntaxNode
{
    public override NodeKind Kind => NodeKind.Directive;

    public required string Name { get; init; }

    public required IReadOnlyList<ArgumentNode> Arguments { get; init; }
}
