using FieldMap = System.Collections.Generic.Dictionary<string, System.Collections.Generic.List<TeamGrains.GraphQL.Validation.FieldEntry>>;
using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Validation;

/// <summary>A field as selected: the type it was selected on, its node and its definition (null when unknown).</summary>
internal readonly record struct FieldEntry(NamedType? ParentType, FieldNode Node, FieldDefinition? Definition);

/// <summary>The fields of a selection set by response name, and the fragments it spreads.</summary>
internal readonly record struct FieldsAndFragments(FieldMap Fields, List<string> FragmentNames);

/// <summary>Two sets of fields that cannot be merged under one response name, and why.</summary>
internal sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2)
{
    public static Conflict Of(string responseName, string reason, FieldNode node1, FieldNode node2) =>
        new(responseName, reason, [node1], [node2]);

    /// <summary>graphql-js subfieldConflicts: the reasons of the nested conflicts, joined with "and".</summary>
    public static Conflict? FromSubfields(string responseName, List<Conflict> conflicts, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }

        var reason = string.Join(" and ", conflicts.Select(c => $"subfields \"{c.ResponseName}\" conflict because {c.Reason}"));
        List<FieldNode> fields1 = [node1];
        List<FieldNode> fields2 = [node2];
        foreach (var conflict in conflicts)
        {
            fields1.AddRange(conflict.Fields1);
            fields2.AddRange(conflict.Fields2);
        }

        return new Conflict(responseName, reason, fields1, fields2);
    }
}
