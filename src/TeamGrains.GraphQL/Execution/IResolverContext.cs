using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Execution;

/// <summary>What a resolver knows about the field it resolves (graphql-js <c>info</c> plus source, args and context).</summary>
public interface IResolverContext
{
    /// <summary>The parent object's value (the root value for root fields, the event for subscription roots).</summary>
    object? Source { get; }

    string FieldName { get; }

    /// <summary>The alias, or the field name.</summary>
    string ResponseKey { get; }

    FieldDefinition Field { get; }

    ObjectType ParentType { get; }

    /// <summary>Coerced argument values: int, double, string, bool, enum names, dictionaries, lists.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    object? UserContext { get; }

    ResultPath Path { get; }

    /// <summary>The field's nodes in the document (several when the same response key is selected twice).</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    Schema Schema { get; }

    OperationDefinitionNode Operation { get; }

    IReadOnlyDictionary<string, object?> Variables { get; }

    IServiceProvider? RequestServices { get; }

    /// <summary>State shared by every resolver of one request.</summary>
    IDictionary<string, object?> Items { get; }

    CancellationToken CancellationToken { get; }

    /// <summary>The argument converted to <typeparamref name="T"/> (numbers widened, enum names parsed); default when absent or null.</summary>
    T? GetArgument<T>(string name);

    /// <summary>Look-ahead: whether the sub-selection asks for a field (through fragments, honouring @skip/@include).</summary>
    bool IsSelected(string fieldName);
}
