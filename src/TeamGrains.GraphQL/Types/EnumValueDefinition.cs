using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Types;

/// <summary>One value of an enum (spec 3.9).</summary>
public sealed class EnumValueDefinition(string name, string? description, string? deprecationReason, IReadOnlyList<DirectiveNode> appliedDirectives)
{
    public string Name { get; } = name;

    public string? Description { get; } = description;

    public string? DeprecationReason { get; } = deprecationReason;

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; } = appliedDirectives;
}
