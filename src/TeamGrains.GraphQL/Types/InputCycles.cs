namespace TeamGrains.GraphQL.Types;

/// <summary>
/// Spec 3.10: an input object must not reference itself through a chain of non-null, non-list fields,
/// since no finite value could satisfy it (graphql-js <c>findInputObjectCycles</c>).
/// </summary>
internal static class InputCycles
{
    public static void Find(Schema schema, List<string> errors)
    {
        var visited = new HashSet<InputObjectType>();
        foreach (var type in schema.Types)
        {
            if (type is InputObjectType input && !visited.Contains(input))
            {
                var path = new List<string>();
                var onPath = new Dictionary<InputObjectType, int>();
                Visit(input, visited, path, onPath, errors);
            }
        }
    }

    private static void Visit(InputObjectType input, HashSet<InputObjectType> visited, List<string> path,
        Dictionary<InputObjectType, int> onPath, List<string> errors)
    {
        if (!visited.Add(input))
        {
            return;
        }

        onPath[input] = path.Count;
        foreach (var field in input.Fields)
        {
            if (field.Type is not NonNullType { OfType: InputObjectType target })
            {
                continue;
            }

            path.Add(field.Name);
            if (onPath.TryGetValue(target, out var start))
            {
                errors.Add($"Cannot reference Input Object \"{target.Name}\" within itself through a series of non-null fields: \"{string.Join('.', path.Skip(start))}\".");
            }
            else
            {
                Visit(target, visited, path, onPath, errors);
            }

            path.RemoveAt(path.Count - 1);
        }

        onPath.Remove(input);
    }
}
