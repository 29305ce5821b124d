using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Types;

internal sealed partial class SchemaAssembler
{
    private void BindResolvers()
    {
        foreach (var ((typeName, fieldName), resolver) in _builder.Resolvers)
        {
            if (_types.GetValueOrDefault(typeName) is InterfaceType iface && iface.GetField(fieldName) is not null)
            {
                // Bound on an interface: every implementation without a binding of its own uses it.
                foreach (var implementation in iface.PossibleTypes)
                {
                    if (implementation.GetField(fieldName) is { } implemented && !_builder.Resolvers.ContainsKey((implementation.Name, fieldName)))
                    {
                        implemented.Resolver = resolver;
                    }
                }
            }
            else if (FindField(typeName, fieldName, "Resolver") is { } field)
            {
                field.Resolver = resolver;
            }
        }

        foreach (var ((typeName, fieldName), source) in _builder.Subscriptions)
        {
            if (FindField(typeName, fieldName, "Subscription source") is { } field)
            {
                field.SubscriptionSource = source;
            }
        }

        foreach (var (typeName, resolver) in _builder.TypeResolvers)
        {
            switch (_types.GetValueOrDefault(typeName))
            {
                case InterfaceType iface: iface.TypeResolver = resolver; break;
                case UnionType union: union.TypeResolver = resolver; break;
                default: _errors.Add($"Type resolver bound to \"{typeName}\", which is not an interface or union of the schema."); break;
            }
        }
    }

    private FieldDefinition? FindField(string typeName, string fieldName, string what)
    {
        if (_types.GetValueOrDefault(typeName) is ObjectType objectType && objectType.GetField(fieldName) is { } field)
        {
            return field;
        }

        _errors.Add($"{what} bound to \"{typeName}.{fieldName}\", which is not a field of an object type of the schema.");
        return null;
    }

    private void ComputePossibleTypes()
    {
        var implementations = new Dictionary<InterfaceType, List<ObjectType>>();
        foreach (var type in _typeOrder)
        {
            if (type is ObjectType objectType)
            {
                foreach (var iface in objectType.Interfaces)
                {
                    if (!implementations.TryGetValue(iface, out var list))
                    {
                        implementations[iface] = list = [];
                    }

                    list.Add(objectType);
                }
            }
        }

        foreach (var type in _typeOrder)
        {
            if (type is InterfaceType iface)
            {
                iface.SetPossibleTypes(implementations.GetValueOrDefault(iface) ?? []);
            }
        }
    }

    /// <summary>Defaults are coerced once here, so resolvers receive them as .NET values (spec 6.4.1 CoerceArgumentValues).</summary>
    private void CoerceDefaultValues(List<DirectiveDefinition> directives)
    {
        foreach (var type in _typeOrder)
        {
            if (type is ComplexOutputType complex)
            {
                foreach (var field in complex.Fields)
                {
                    foreach (var argument in field.Arguments)
                    {
                        CoerceDefault(argument, $"\"{type.Name}.{field.Name}({argument.Name}:)\"");
                    }
                }
            }
            else if (type is InputObjectType input)
            {
                foreach (var field in input.Fields)
                {
                    CoerceDefault(field, $"\"{type.Name}.{field.Name}\"");
                }
            }
        }

        foreach (var directive in directives)
        {
            foreach (var argument in directive.Arguments)
            {
                CoerceDefault(argument, $"\"@{directive.Name}({argument.Name}:)\"");
            }
        }
    }

    private void CoerceDefault(InputValueDefinition input, string where) => input.CoerceDefault(_errors, where);

    private Dictionary<Type, ObjectType> BindRuntimeTypes()
    {
        var map = new Dictionary<Type, ObjectType>();
        foreach (var (clrType, typeName) in _builder.RuntimeTypes)
        {
            if (_types.GetValueOrDefault(typeName) is ObjectType objectType)
            {
                map[clrType] = objectType;
            }
            else
            {
                _errors.Add($"Runtime type {clrType.Name} bound to \"{typeName}\", which is not an object type of the schema.");
            }
        }

        return map;
    }
}
