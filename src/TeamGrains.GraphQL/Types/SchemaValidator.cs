namespace TeamGrains.GraphQL.Types;

/// <summary>
/// The type-system validation of spec 3 (graphql-js <c>validateSchema</c>): reserved names, non-empty
/// types, input/output positions, interface implementation (3.6.2 IsValidImplementation), unions of
/// objects, @oneOf rules and unbreakable cycles of non-null input fields (3.10).
/// </summary>
internal static partial class SchemaValidator
{
    public static List<string> Validate(Schema schema, IReadOnlySet<string> preludeNames)
    {
        var errors = new List<string>();
        foreach (var directive in schema.Directives)
        {
            if (!preludeNames.Contains("@" + directive.Name))
            {
                CheckName(directive.Name, $"Directive \"@{directive.Name}\"", errors);
                CheckArguments(directive.Arguments, $"@{directive.Name}", errors);
            }
        }

        foreach (var type in schema.Types)
        {
            if (preludeNames.Contains(type.Name) || (type is ScalarType scalar && scalar.IsSpecified))
            {
                continue;
            }

            CheckName(type.Name, $"Type \"{type.Name}\"", errors);
            switch (type)
            {
                case ComplexOutputType complex:
                    CheckFields(complex, errors);
                    CheckInterfaces(complex, errors);
                    break;
                case UnionType union:
                    CheckUnion(union, errors);
                    break;
                case EnumType enumType:
                    CheckEnum(enumType, errors);
                    break;
                case InputObjectType input:
                    CheckInputObject(input, errors);
                    break;
            }
        }

        CheckAppliedDirectives(schema, errors);
        InputCycles.Find(schema, errors);
        return errors;
    }

    /// <summary>Names (spec 2.1.9) must not begin with "__", which introspection reserves.</summary>
    private static void CheckName(string name, string what, List<string> errors)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add($"{what}: name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        }
    }

    private static void CheckFields(ComplexOutputType type, List<string> errors)
    {
        if (type.Fields.Count == 0)
        {
            errors.Add($"Type \"{type.Name}\" must define one or more fields.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var where = $"{type.Name}.{field.Name}";
            CheckName(field.Name, $"Field \"{where}\"", errors);
            if (!seen.Add(field.Name))
            {
                errors.Add($"Field \"{where}\" can only be defined once.");
            }

            if (!field.Type.IsOutputType)
            {
                errors.Add($"The type of \"{where}\" must be Output Type but got: {field.Type}.");
            }

            CheckArguments(field.Arguments, where, errors);
        }
    }

    private static void CheckArguments(IReadOnlyList<InputValueDefinition> arguments, string owner, List<string> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            var where = $"{owner}({argument.Name}:)";
            CheckName(argument.Name, $"Argument \"{where}\"", errors);
            if (!seen.Add(argument.Name))
            {
                errors.Add($"Argument \"{where}\" can only be defined once.");
            }

            if (!argument.Type.IsInputType)
            {
                errors.Add($"The type of \"{where}\" must be Input Type but got: {argument.Type}.");
            }

            if (argument.IsRequired && argument.IsDeprecated)
            {
                errors.Add($"Required argument \"{where}\" cannot be deprecated.");
            }
        }
    }

    private static void CheckUnion(UnionType union, List<string> errors)
    {
        if (union.Types.Count == 0)
        {
            errors.Add($"Union type \"{union.Name}\" must define one or more member types.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                errors.Add($"Union type \"{union.Name}\" can only include type \"{member.Name}\" once.");
            }
        }
    }

    private static void CheckEnum(EnumType enumType, List<string> errors)
    {
        if (enumType.Values.Count == 0)
        {
            errors.Add($"Enum type \"{enumType.Name}\" must define one or more values.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in enumType.Values)
        {
            CheckName(value.Name, $"Enum value \"{enumType.Name}.{value.Name}\"", errors);
            if (!seen.Add(value.Name))
            {
                errors.Add($"Enum value \"{enumType.Name}.{value.Name}\" can only be defined once.");
            }

            if (value.Name is "true" or "false" or "null")
            {
                errors.Add($"Enum type \"{enumType.Name}\" cannot include value: {value.Name}.");
            }
        }
    }

    private static void CheckInputObject(InputObjectType input, List<string> errors)
    {
        if (input.Fields.Count == 0)
        {
            errors.Add($"Input Object type \"{input.Name}\" must define one or more fields.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in input.Fields)
        {
            var where = $"{input.Name}.{field.Name}";
            CheckName(field.Name, $"Input field \"{where}\"", errors);
            if (!seen.Add(field.Name))
            {
                errors.Add($"Input field \"{where}\" can only be defined once.");
            }

            if (!field.Type.IsInputType)
            {
                errors.Add($"The type of \"{where}\" must be Input Type but got: {field.Type}.");
            }

            if (field.IsRequired && field.IsDeprecated)
            {
                errors.Add($"Required input field \"{where}\" cannot be deprecated.");
            }

            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    errors.Add($"OneOf input field \"{where}\" must be nullable.");
                }

                if (field.HasDefaultValue)
                {
                    errors.Add($"OneOf input field \"{where}\" cannot have a default value.");
                }
            }
        }
    }
}
