namespace TeamGrains.GraphQL.Language;

/// <summary>Type : NamedType | ListType | NonNullType (spec 2.11).</summary>
public abstract class TypeNode : SyntaxNode;
