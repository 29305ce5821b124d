namespace TeamGrains.GraphQL.Types;

/// <summary>An object type (spec 3.6): the concrete shape of every response object.</summary>
public sealed class ObjectType(string name, string? description = null) : ComplexOutputType(name, description)
{
    public override TypeKind Kind => TypeKind.Object;
}
