using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Types;

/// <summary>An argument (spec 3.6.1) or an input object field (spec 3.10), with its default value.</summary>
public sealed class InputValueDefinition
{
    private const int Coercing = 1;
    private const int Coerced = 2;
    private object? _defaultValue;
    private int _defaultState;

    internal InputValueDefinition(string name, string? description, GraphQLType type, ValueNode? defaultValueLiteral,
        string? deprecationReason, IReadOnlyList<DirectiveNode> appliedDirectives)
    {
        Name = name;
        Description = description;
        Type = type;
        DefaultValueLiteral = defaultValueLiteral;
        DeprecationReason = deprecationReason;
        AppliedDirectives = appliedDirectives;
    }

    public string Name { get; }

    public string? Description { get; }

    public GraphQLType Type { get; internal set; }

    /// <summary>The default as written in SDL (null when there is none).</summary>
    public ValueNode? DefaultValueLiteral { get; }

    public bool HasDefaultValue => DefaultValueLiteral is not null;

    /// <summary>The default coerced to its type at schema build time (the value resolvers receive).</summary>
    public object? DefaultValue
    {
        get
        {
            if (_defaultState != Coerced)
            {
                CoerceDefault([], Name);
            }

            return _defaultValue;
        }
    }

    /// <summary>
    /// Coerces the default literal once. Defaults of input fields may rely on other defaults, so this
    /// runs on demand; a default that needs itself (spec 3.10 default value cycles) is reported.
    /// </summary>
    internal void CoerceDefault(List<string> errors, string where)
    {
        if (_defaultState == Coerced || DefaultValueLiteral is null || !Type.IsInputType)
        {
            _defaultState = Coerced;
            return;
        }

        if (_defaultState == Coercing)
        {
            errors.Add($"Invalid default value for {where}: it refers to itself through input field defaults.");
            return;
        }

        _defaultState = Coercing;
        var problems = new List<string>();
        _defaultValue = Execution.InputValues.CoerceLiteral(DefaultValueLiteral, Type, null, problems, where);
        if (problems.Count > 0)
        {
            errors.Add($"Invalid default value for {where}: {problems[0]}");
        }

        _defaultState = Coerced;
    }

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; }

    /// <summary>Required: non-null without a default (spec 5.4.2.1).</summary>
    public bool IsRequired => Type is NonNullType && DefaultValueLiteral is null;
}
