using System.Collections;
using System.Reflection;
using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Tests.Language;

/// <summary>Structural AST comparison that ignores locations and whether a string was a block string.</summary>
internal static class AstEquality
{
    public static string? FirstDifference(object? left, object? right, string path = "$")
    {
        if (left is null || right is null)
        {
            return left is null && right is null ? null : $"{path}: {left ?? "null"} vs {right ?? "null"}";
        }

        if (left.GetType() != right.GetType())
        {
            return $"{path}: {left.GetType().Name} vs {right.GetType().Name}";
        }

        if (left is string or bool or Enum)
        {
            return Equals(left, right) ? null : $"{path}: '{left}' vs '{right}'";
        }

        if (left is IList leftList && right is IList rightList)
        {
            if (leftList.Count != rightList.Count)
            {
                return $"{path}: {leftList.Count} items vs {rightList.Count}";
            }

            for (var i = 0; i < leftList.Count; i++)
            {
                if (FirstDifference(leftList[i], rightList[i], $"{path}[{i}]") is { } difference)
                {
                    return difference;
                }
            }

            return null;
        }

        foreach (var property in left.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.Name is nameof(SyntaxNode.Location) or nameof(StringValueNode.Block))
            {
                continue;
            }

            if (FirstDifference(property.GetValue(left), property.GetValue(right), $"{path}.{property.Name}") is { } difference)
            {
                return difference;
            }
        }

        return null;
    }
}
