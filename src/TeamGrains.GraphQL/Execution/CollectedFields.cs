namespace TeamGrains.GraphQL.Execution;

/// <summary>
/// The result of CollectFields for one (selection set, object type): the field plans in response order
/// and their response keys, shared by every <see cref="ResultMap"/> built from it (one key array per
/// selection, not per response object).
/// </summary>
internal sealed class CollectedFields
{
    public static readonly CollectedFields Empty = new([]);

    public CollectedFields(FieldPlan[] fields)
    {
        Fields = fields;
        Keys = new string[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            Keys[i] = fields[i].ResponseKey;
        }
    }

    public FieldPlan[] Fields { get; }

    public string[] Keys { get; }
}
