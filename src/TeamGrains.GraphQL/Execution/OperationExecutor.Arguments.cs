using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Execution;

internal sealed partial class OperationExecutor
{
    /// <summary>
    /// Spec 6.4.1 CoerceArgumentValues: literals coerced to the argument types, variables taken as
    /// coerced, defaults applied; a missing or null required argument is a field error.
    /// </summary>
    private IReadOnlyDictionary<string, object?> CoerceArgumentValues(FieldDefinition definition, FieldNode node)
    {
        if (definition.Arguments.Count == 0)
        {
            return EmptyArguments;
        }

        var coerced = new Dictionary<string, object?>(definition.Arguments.Count, StringComparer.Ordinal);
        foreach (var argument in definition.Arguments)
        {
            ValueNode? argumentValue = null;
            foreach (var candidate in node.Arguments)
            {
                if (candidate.Name == argument.Name)
                {
                    argumentValue = candidate.Value;
                    break;
                }
            }

            bool hasValue;
            object? value = null;
            if (argumentValue is VariableNode variable)
            {
                hasValue = Variables.TryGetValue(variable.Name, out value);
            }
            else
            {
                hasValue = argumentValue is not null;
            }

            if (!hasValue && argument.HasDefaultValue)
            {
                coerced[argument.Name] = argument.DefaultValue;
            }
            else if (argument.Type is NonNullType && (!hasValue || (argumentValue is NullValueNode) || (argumentValue is VariableNode && value is null)))
            {
                throw new GraphQLException(hasValue
                    ? argumentValue is VariableNode v
                        ? $"Argument \"{argument.Name}\" of non-null type \"{argument.Type}\" must not be null (variable \"${v.Name}\" is null)."
                        : $"Argument \"{argument.Name}\" of non-null type \"{argument.Type}\" must not be null."
                    : $"Argument \"{argument.Name}\" of required type \"{argument.Type}\" was not provided.");
            }
            else if (hasValue)
            {
                if (argumentValue is VariableNode)
                {
                    coerced[argument.Name] = value;
                }
                else
                {
                    var errors = new List<string>(0);
                    var literal = InputValues.CoerceLiteral(argumentValue!, argument.Type, Variables, errors, $"Argument \"{argument.Name}\"");
                    if (errors.Count > 0)
                    {
                        throw new GraphQLException(errors[0]);
                    }

                    coerced[argument.Name] = literal;
                }
            }
        }

        return coerced;
    }
}
