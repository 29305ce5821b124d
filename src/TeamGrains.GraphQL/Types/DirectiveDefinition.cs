namespace TeamGrains.GraphQL.Types;

/// <summary>A directive the schema knows (spec 3.13): built-in or defined in SDL.</summary>
public sealed class DirectiveDefinition
{
    internal DirectiveDefinition(string name, string? description, IReadOnlyList<InputValueDefinition> arguments,
        IReadOnlyList<string> locations, bool isRepeatable)
    {
        Name = name;
        Description = description;
        Arguments = arguments;
        Locations = locations;
        IsRepeatable = isRepeatable;
    }

    public string Name { get; }

    public string? Description { get; }

    public IReadOnlyList<InputValueDefinition> Arguments { get; internal set; }

    /// <summary>DirectiveLocation names such as FIELD or OBJECT.</summary>
    public IReadOnlyList<string> Locations { get; }

    public bool IsRepeatable { get; }

    /// <summary>@skip, @include, @deprecated, @specifiedBy and @oneOf.</summary>
    public bool IsSpecified { get; internal set; }

    public InputValueDefinition? GetArgument(string name)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name == name)
            {
                return argument;
            }
        }

        return null;
    }
}
