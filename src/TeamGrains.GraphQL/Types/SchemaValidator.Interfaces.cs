namespace TeamGrains.GraphQL.Types;

internal static partial class SchemaValidator
{
    /// <summary>Spec 3.6.2 IsValidImplementation, for objects and for interfaces implementing interfaces.</summary>
    private static void CheckInterfaces(ComplexOutputType type, List<string> errors)
    {
        var seen = new HashSet<InterfaceType>();
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                errors.Add($"Type \"{type.Name}\" cannot implement itself because it would create a circular reference.");
                continue;
            }

            if (!seen.Add(iface))
            {
                errors.Add($"Type \"{type.Name}\" can only implement \"{iface.Name}\" once.");
                continue;
            }

            foreach (var transitive in iface.Interfaces)
            {
                if (ReferenceEquals(transitive, type))
                {
                    errors.Add($"Type \"{type.Name}\" cannot implement \"{iface.Name}\" because it would create a circular reference.");
                }
                else if (!type.Implements(transitive))
                {
                    errors.Add($"Type \"{type.Name}\" must implement \"{transitive.Name}\" because it is implemented by \"{iface.Name}\".");
                }
            }

            CheckFieldsImplemented(type, iface, errors);
        }
    }

    private static void CheckFieldsImplemented(ComplexOutputType type, InterfaceType iface, List<string> errors)
    {
        foreach (var interfaceField in iface.Fields)
        {
            var field = type.GetField(interfaceField.Name);
            var where = $"{iface.Name}.{interfaceField.Name}";
            if (field is null)
            {
                errors.Add($"Interface field \"{where}\" expected but \"{type.Name}\" does not provide it.");
                continue;
            }

            if (!IsValidImplementationFieldType(field.Type, interfaceField.Type))
            {
                errors.Add($"Interface field \"{where}\" expects type \"{interfaceField.Type}\" but \"{type.Name}.{field.Name}\" is type \"{field.Type}\".");
            }

            foreach (var interfaceArgument in interfaceField.Arguments)
            {
                var argument = field.GetArgument(interfaceArgument.Name);
                if (argument is null)
                {
                    errors.Add($"Interface field argument \"{where}({interfaceArgument.Name}:)\" expected but \"{type.Name}.{field.Name}\" does not provide it.");
                }
                else if (argument.Type.ToString() != interfaceArgument.Type.ToString())
                {
                    errors.Add($"Interface field argument \"{where}({interfaceArgument.Name}:)\" expects type \"{interfaceArgument.Type}\" but \"{type.Name}.{field.Name}({argument.Name}:)\" is type \"{argument.Type}\".");
                }
            }

            foreach (var argument in field.Arguments)
            {
                if (argument.IsRequired && interfaceField.GetArgument(argument.Name) is null)
                {
                    errors.Add($"Argument \"{type.Name}.{field.Name}({argument.Name}:)\" must not be required type \"{argument.Type}\" if not provided by the Interface field \"{where}\".");
                }
            }
        }
    }

    /// <summary>Spec 3.6.2 IsValidImplementationFieldType: covariant in the named type, non-null may be added.</summary>
    private static bool IsValidImplementationFieldType(GraphQLType fieldType, GraphQLType implementedType)
    {
        if (fieldType is NonNullType nonNull)
        {
            var implementedInner = implementedType is NonNullType implementedNonNull ? implementedNonNull.OfType : implementedType;
            return IsValidImplementationFieldType(nonNull.OfType, implementedInner);
        }

        if (implementedType is NonNullType)
        {
            return false;
        }

        if (fieldType is ListType list)
        {
            return implementedType is ListType implementedList && IsValidImplementationFieldType(list.OfType, implementedList.OfType);
        }

        if (implementedType is ListType)
        {
            return false;
        }

        if (ReferenceEquals(fieldType, implementedType))
        {
            return true;
        }

        return (fieldType, implementedType) switch
        {
            (ObjectType objectType, UnionType union) => union.IsPossibleType(objectType),
            (ComplexOutputType complex, InterfaceType iface) => complex.Implements(iface),
            _ => false,
        };
    }
}
