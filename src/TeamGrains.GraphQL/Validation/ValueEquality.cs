using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation;

/// <summary>
/// Structural equality of argument values for field merging (spec SameArguments): same literals,
/// same variables; input object fields compare regardless of order (as graphql-js does).
/// </summary>
internal static class ValueEquality
{
    public static bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1)
        {
            var match = false;
            foreach (var argument2 in arguments2)
            {
                if (argument1.Name == argument2.Name)
                {
                    match = Equal(argument1.Value, argument2.Value);
                    break;
                }
            }

            if (!match)
            {
                return false;
            }
        }

        return true;
    }

    public static bool Equal(ValueNode a, ValueNode b) => (a, b) switch
    {
        (VariableNode x, VariableNode y) => x.Name == y.Name,
        (IntValueNode x, IntValueNode y) => x.Value == y.Value,
        (FloatValueNode x, FloatValueNode y) => x.Value == y.Value,
        (StringValueNode x, StringValueNode y) => x.Value == y.Value,
        (BooleanValueNode x, BooleanValueNode y) => x.Value == y.Value,
        (NullValueNode, NullValueNode) => true,
        (EnumValueNode x, EnumValueNode y) => x.Value == y.Value,
        (ListValueNode x, ListValueNode y) => ListsEqual(x.Values, y.Values),
        (ObjectValueNode x, ObjectValueNode y) => ObjectsEqual(x.Fields, y.Fields),
        _ => false,
    };

    private static bool ListsEqual(IReadOnlyList<ValueNode> a, IReadOnlyList<ValueNode> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!Equal(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ObjectsEqual(IReadOnlyList<ObjectFieldNode> a, IReadOnlyList<ObjectFieldNode> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        var sortedA = a.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        var sortedB = b.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        for (var i = 0; i < sortedA.Count; i++)
        {
            if (sortedA[i].Name != sortedB[i].Name || !Equal(sortedA[i].Value, sortedB[i].Value))
            {
                return false;
            }
        }

        return true;
    }
}
