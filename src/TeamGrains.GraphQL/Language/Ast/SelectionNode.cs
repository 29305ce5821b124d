namespace TeamGrains.GraphQL.Language;

/// <summary>Selection : Field | FragmentSpread | InlineFragment (spec 2.4).</summary>
public abstract class SelectionNode : SyntaxNode;
