using System.Globalization;
using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Execution;

/// <summary>The <see cref="IResolverContext"/> handed to one resolver call; created only for fields with a bound resolver.</summary>
internal sealed class ResolverContext(OperationExecutor executor, ObjectType parentType, object? source, FieldPlan plan,
    IReadOnlyDictionary<string, object?> arguments, ResultPath path) : IResolverContext
{
    public object? Source => source;

    public string FieldName => plan.Definition.Name;

    public string ResponseKey => plan.ResponseKey;

    public FieldDefinition Field => plan.Definition;

    public ObjectType ParentType => parentType;

    public IReadOnlyDictionary<string, object?> Arguments => arguments;

    public object? UserContext => executor.Request.UserContext;

    public ResultPath Path => path;

    public IReadOnlyList<FieldNode> FieldNodes => plan.Nodes;

    public Schema Schema => executor.Schema;

    public OperationDefinitionNode Operation => executor.Operation;

    public IReadOnlyDictionary<string, object?> Variables => executor.Variables;

    public IServiceProvider? RequestServices => executor.Request.RequestServices;

    public IDictionary<string, object?> Items => executor.Items;

    public CancellationToken CancellationToken => executor.CancellationToken;

    public T? GetArgument<T>(string name)
    {
        if (!arguments.TryGetValue(name, out var value) || value is null)
        {
            return default;
        }

        return value is T typed ? typed : (T?)ArgumentConverter.Convert(value, typeof(T), name);
    }

    public bool IsSelected(string fieldName)
    {
        foreach (var node in plan.Nodes)
        {
            if (node.SelectionSet is not null && Selects(node.SelectionSet, fieldName, 0))
            {
                return true;
            }
        }

        return false;
    }

    private bool Selects(SelectionSetNode selectionSet, string fieldName, int depth)
    {
        if (depth > 32)
        {
            return false;
        }

        foreach (var selection in selectionSet.Selections)
        {
            var found = selection switch
            {
                FieldNode f => f.Name == fieldName && executor.IsIncluded(f.Directives),
                InlineFragmentNode inline => executor.IsIncluded(inline.Directives) && Selects(inline.SelectionSet, fieldName, depth + 1),
                FragmentSpreadNode spread => executor.IsIncluded(spread.Directives)
                    && executor.GetFragment(spread.Name) is { } fragment && Selects(fragment.SelectionSet, fieldName, depth + 1),
                _ => false,
            };
            if (found)
            {
                return true;
            }
        }

        return false;
    }
}
