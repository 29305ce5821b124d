using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Execution;

/// <summary>
/// One response key of a collected selection set for one object type (spec 6.3.2 CollectFields result
/// entry): its field nodes, the field definition, and per-request caches of the coerced arguments and
/// of the sub-selections collected per runtime object type, so lists of objects collect once.
/// </summary>
internal sealed class FieldPlan(string responseKey, FieldDefinition definition, FieldNode firstNode)
{
    private Dictionary<ObjectType, CollectedFields>? _subFields;
    private List<FieldNode>? _moreNodes;

    public string ResponseKey { get; } = responseKey;

    public FieldDefinition Definition { get; } = definition;

    public FieldNode FirstNode { get; } = firstNode;

    /// <summary>Coerced arguments (spec 6.4.1), computed once per request.</summary>
    public IReadOnlyDictionary<string, object?>? Arguments { get; set; }

    public IReadOnlyList<FieldNode> Nodes => _moreNodes is null ? [FirstNode] : [FirstNode, .. _moreNodes];

    public bool HasSingleNode => _moreNodes is null;

    public void AddNode(FieldNode node) => (_moreNodes ??= []).Add(node);

    public bool TryGetSubFields(ObjectType type, out CollectedFields fields)
    {
        lock (this)
        {
            if (_subFields is not null && _subFields.TryGetValue(type, out fields!))
            {
                return true;
            }
        }

        fields = CollectedFields.Empty;
        return false;
    }

    public void SetSubFields(ObjectType type, CollectedFields fields)
    {
        lock (this)
        {
            (_subFields ??= [])[type] = fields;
        }
    }

    public IReadOnlyList<SourceLocation> Locations
    {
        get
        {
            if (_moreNodes is null)
            {
                return [new SourceLocation(FirstNode.Location.Line, FirstNode.Location.Column)];
            }

            var nodes = Nodes;
            var locations = new SourceLocation[nodes.Count];
            for (var i = 0; i < locations.Length; i++)
            {
                locations[i] = new SourceLocation(nodes[i].Location.Line, nodes[i].Location.Column);
            }

            return locations;
        }
    }
}
