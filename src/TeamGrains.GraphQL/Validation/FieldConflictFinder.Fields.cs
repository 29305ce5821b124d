using FieldMap = System.Collections.Generic.Dictionary<string, System.Collections.Generic.List<TeamGrains.GraphQL.Validation.FieldEntry>>;
using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Validation;

/// <summary>Comparing two fields of one response name, and grouping a selection set's fields.</summary>
internal sealed partial class FieldConflictFinder
{
    private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldEntry field1, FieldEntry field2)
    {
        Spend(1);
        // Fields on two different object types can never be selected for the same object, so
        // they may differ in name and arguments; their response shapes must still agree.
        var mutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        var node1 = field1.Node;
        var node2 = field2.Node;
        if (!mutuallyExclusive)
        {
            if (node1.Name != node2.Name)
            {
                return Conflict.Of(responseName, $"\"{node1.Name}\" and \"{node2.Name}\" are different fields", node1, node2);
            }

            if (!ValueEquality.SameArguments(node1.Arguments, node2.Arguments))
            {
                return Conflict.Of(responseName, "they have differing arguments", node1, node2);
            }
        }

        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return Conflict.Of(
                responseName,
                $"they return conflicting types \"{TypeFacts.Print(type1)}\" and \"{TypeFacts.Print(type2)}\"",
                node1,
                node2);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var subConflicts = FindConflictsBetweenSubSelectionSets(
                mutuallyExclusive,
                TypeFacts.GetNamedType(type1),
                selectionSet1,
                TypeFacts.GetNamedType(type2),
                selectionSet2);
            return Conflict.FromSubfields(responseName, subConflicts, node1, node2);
        }

        return null;
    }

    /// <summary>SameResponseShape: lists and non-null must match level by level, leaves must be the same type.</summary>
    private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (type1 is ListType list1)
        {
            return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        }

        if (type2 is ListType)
        {
            return true;
        }

        if (type1 is NonNullType nonNull1)
        {
            return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        }

        if (type2 is NonNullType)
        {
            return true;
        }

        if (TypeFacts.IsLeafType(type1) || TypeFacts.IsLeafType(type2))
        {
            return !ReferenceEquals(type1, type2);
        }

        return false;
    }

    private FieldsAndFragments GetReferencedFieldsAndFragmentNames(FragmentDefinitionNode fragment) =>
        GetFieldsAndFragmentNames(_context.Schema.GetType(fragment.TypeCondition.Name), fragment.SelectionSet);

    private FieldsAndFragments GetFieldsAndFragmentNames(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_cache.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var fieldMap = new FieldMap(StringComparer.Ordinal);
        var fragmentNames = new List<string>();
        CollectFieldsAndFragmentNames(parentType, selectionSet, fieldMap, fragmentNames);
        var result = new FieldsAndFragments(fieldMap, fragmentNames);
        _cache[selectionSet] = result;
        return result;
    }

    private void CollectFieldsAndFragmentNames(NamedType? parentType, SelectionSetNode selectionSet, FieldMap fieldMap, List<string> fragmentNames)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    // Like graphql-js, only declared fields have a definition here (not __typename).
                    var definition = parentType is ComplexOutputType complex ? complex.GetField(field.Name) : null;
                    var responseName = field.Alias ?? field.Name;
                    if (!fieldMap.TryGetValue(responseName, out var entries))
                    {
                        entries = [];
                        fieldMap.Add(responseName, entries);
                    }

                    entries.Add(new FieldEntry(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    if (!fragmentNames.Contains(spread.Name))
                    {
                        fragmentNames.Add(spread.Name);
                    }

                    break;
                case InlineFragmentNode inline:
                    var fragmentType = inline.TypeCondition is { } condition ? _context.Schema.GetType(condition.Name) : parentType;
                    CollectFieldsAndFragmentNames(fragmentType, inline.SelectionSet, fieldMap, fragmentNames);
                    break;
            }
        }
    }
}
