namespace TeamGrains.GraphQL.Language;

/// <summary>Value[Const] (spec 2.9).</summary>
public abstract class ValueNode : SyntaxNode;
