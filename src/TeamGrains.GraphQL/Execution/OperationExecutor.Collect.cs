using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Execution;

internal sealed partial class OperationExecutor
{
    private static readonly IReadOnlyDictionary<string, object?> EmptyArguments = new Dictionary<string, object?>();

    /// <summary>
    /// Spec 6.3.2 CollectFields: the fields of the selection sets that apply to <paramref name="objectType"/>,
    /// grouped by response key in document order, fragments expanded once, @skip/@include honoured.
    /// Fields unknown to the type are left out (validation reports them).
    /// </summary>
    private CollectedFields CollectFields(ObjectType objectType, IReadOnlyList<SelectionSetNode> selectionSets)
    {
        var fields = new List<FieldPlan>();
        Dictionary<string, FieldPlan>? byKey = null;
        HashSet<string>? visitedFragments = null;
        foreach (var selectionSet in selectionSets)
        {
            CollectFields(objectType, selectionSet, fields, ref byKey, ref visitedFragments);
        }

        return fields.Count == 0 ? CollectedFields.Empty : new CollectedFields(fields.ToArray());
    }

    private void CollectFields(ObjectType objectType, SelectionSetNode selectionSet, List<FieldPlan> fields,
        ref Dictionary<string, FieldPlan>? byKey, ref HashSet<string>? visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (!ShouldInclude(field.Directives))
                    {
                        continue;
                    }

                    var key = field.Alias ?? field.Name;
                    if (byKey is null && fields.Count < 8)
                    {
                        // Small selection sets: a linear search beats building a dictionary.
                        var merged = false;
                        for (var i = 0; i < fields.Count && !merged; i++)
                        {
                            if (fields[i].ResponseKey == key)
                            {
                                fields[i].AddNode(field);
                                merged = true;
                            }
                        }

                        if (merged)
                        {
                            continue;
                        }
                    }
                    else
                    {
                        if (byKey is null)
                        {
                            byKey = new Dictionary<string, FieldPlan>(StringComparer.Ordinal);
                            foreach (var plan in fields)
                            {
                                byKey[plan.ResponseKey] = plan;
                            }
                        }

                        if (byKey.TryGetValue(key, out var existing))
                        {
                            existing.AddNode(field);
                            continue;
                        }
                    }

                    if (GetFieldDefinition(objectType, field.Name) is { } definition)
                    {
                        var plan = new FieldPlan(key, definition, field);
                        fields.Add(plan);
                        byKey?.Add(key, plan);
                    }

                    break;
                case FragmentSpreadNode spread:
                    if (!ShouldInclude(spread.Directives) || !(visitedFragments ??= new HashSet<string>(StringComparer.Ordinal)).Add(spread.Name))
                    {
                        continue;
                    }

                    if (_document.Fragments.TryGetValue(spread.Name, out var fragment) && DoesFragmentTypeApply(objectType, fragment.TypeCondition.Name))
                    {
                        CollectFields(objectType, fragment.SelectionSet, fields, ref byKey, ref visitedFragments);
                    }

                    break;
                case InlineFragmentNode inline:
                    if (ShouldInclude(inline.Directives) && (inline.TypeCondition is null || DoesFragmentTypeApply(objectType, inline.TypeCondition.Name)))
                    {
                        CollectFields(objectType, inline.SelectionSet, fields, ref byKey, ref visitedFragments);
                    }

                    break;
            }
        }
    }

    /// <summary>Spec 6.4.3 CollectSubfields: the merged selection sets of every node of the field.</summary>
    private CollectedFields CollectSubfields(ObjectType objectType, FieldPlan field)
    {
        if (field.HasSingleNode)
        {
            return field.FirstNode.SelectionSet is { } only ? CollectFields(objectType, [only]) : CollectedFields.Empty;
        }

        var selectionSets = new List<SelectionSetNode>();
        foreach (var node in field.Nodes)
        {
            if (node.SelectionSet is not null)
            {
                selectionSets.Add(node.SelectionSet);
            }
        }

        return CollectFields(objectType, selectionSets);
    }

    /// <summary>The field definition, including the meta-fields __typename, __schema and __type (spec 4.4).</summary>
    private FieldDefinition? GetFieldDefinition(ObjectType objectType, string name)
    {
        if (name.Length > 2 && name[0] == '_' && name[1] == '_')
        {
            if (name == "__typename")
            {
                return IntrospectionFields.TypeName;
            }

            if (ReferenceEquals(objectType, _schema.QueryType))
            {
                if (name == "__schema")
                {
                    return _schema.SchemaMetaField;
                }

                if (name == "__type")
                {
                    return _schema.TypeMetaField;
                }
            }
        }

        return objectType.GetField(name);
    }

    /// <summary>Spec 6.3.2 DoesFragmentTypeApply.</summary>
    private bool DoesFragmentTypeApply(ObjectType objectType, string typeConditionName)
    {
        if (typeConditionName == objectType.Name)
        {
            return true;
        }

        return _schema.GetType(typeConditionName) switch
        {
            InterfaceType iface => objectType.Implements(iface),
            UnionType union => union.IsPossibleType(objectType),
            _ => false,
        };
    }

    internal bool IsIncluded(IReadOnlyList<DirectiveNode> directives) => ShouldInclude(directives);

    internal FragmentDefinitionNode? GetFragment(string name) => _document.Fragments.GetValueOrDefault(name);

    /// <summary>@skip(if:) and @include(if:) (spec 3.13.1-3.13.2), literal or variable.</summary>
    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            if (directive.Name == "skip" && IfArgument(directive))
            {
                return false;
            }

            if (directive.Name == "include" && !IfArgument(directive))
            {
                return false;
            }
        }

        return true;
    }

    private bool IfArgument(DirectiveNode directive)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name == "if")
            {
                return argument.Value switch
                {
                    BooleanValueNode literal => literal.Value,
                    VariableNode variable => Variables.TryGetValue(variable.Name, out var value) && value is true,
                    _ => false,
                };
            }
        }

        return false;
    }
}
