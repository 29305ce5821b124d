using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Types;

internal static partial class SchemaValidator
{
    /// <summary>
    /// Directives applied in SDL (spec 3.13): each must be defined, allowed at its location, not repeated
    /// unless repeatable, with known arguments and every required argument given.
    /// </summary>
    private static void CheckAppliedDirectives(Schema schema, List<string> errors)
    {
        Check(schema, schema.AppliedDirectives, DirectiveLocations.Schema, "the schema", errors);
        foreach (var type in schema.Types)
        {
            var location = type switch
            {
                ScalarType => DirectiveLocations.Scalar,
                ObjectType => DirectiveLocations.Object,
                InterfaceType => DirectiveLocations.Interface,
                UnionType => DirectiveLocations.Union,
                EnumType => DirectiveLocations.Enum,
                _ => DirectiveLocations.InputObject,
            };
            Check(schema, type.AppliedDirectives, location, $"\"{type.Name}\"", errors);
            switch (type)
            {
                case ComplexOutputType complex:
                    foreach (var field in complex.Fields)
                    {
                        Check(schema, field.AppliedDirectives, DirectiveLocations.FieldDefinition, $"\"{type.Name}.{field.Name}\"", errors);
                        foreach (var argument in field.Arguments)
                        {
                            Check(schema, argument.AppliedDirectives, DirectiveLocations.ArgumentDefinition, $"\"{type.Name}.{field.Name}({argument.Name}:)\"", errors);
                        }
                    }

                    break;
                case EnumType enumType:
                    foreach (var value in enumType.Values)
                    {
                        Check(schema, value.AppliedDirectives, DirectiveLocations.EnumValue, $"\"{type.Name}.{value.Name}\"", errors);
                    }

                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields)
                    {
                        Check(schema, field.AppliedDirectives, DirectiveLocations.InputFieldDefinition, $"\"{type.Name}.{field.Name}\"", errors);
                    }

                    break;
            }
        }
    }

    private static void Check(Schema schema, IReadOnlyList<DirectiveNode> applied, string location, string where, List<string> errors)
    {
        for (var i = 0; i < applied.Count; i++)
        {
            var node = applied[i];
            var directive = schema.GetDirective(node.Name);
            if (directive is null)
            {
                errors.Add($"Unknown directive \"@{node.Name}\" on {where}.");
                continue;
            }

            if (!directive.Locations.Contains(location))
            {
                errors.Add($"Directive \"@{node.Name}\" may not be used on {location} ({where}).");
            }

            if (!directive.IsRepeatable)
            {
                for (var j = 0; j < i; j++)
                {
                    if (applied[j].Name == node.Name)
                    {
                        errors.Add($"The directive \"@{node.Name}\" can only be used once at {where}.");
                        break;
                    }
                }
            }

            foreach (var argument in node.Arguments)
            {
                if (directive.GetArgument(argument.Name) is null)
                {
                    errors.Add($"Unknown argument \"{argument.Name}\" on directive \"@{node.Name}\" at {where}.");
                }
            }

            foreach (var argument in directive.Arguments)
            {
                if (argument.IsRequired && !node.Arguments.Any(a => a.Name == argument.Name))
                {
                    errors.Add($"Directive \"@{node.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided at {where}.");
                }
            }
        }
    }
}
