using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Validation;

/// <summary>
/// A variable written in a value position, with the input type expected there (null when the
/// position is unknown, e.g. an unknown argument) and whether that position has a default value
/// (spec "All Variable Usages Are Allowed" lets a nullable variable flow into a non-null position that has one), and whether it
/// is a field of a OneOf input object (where only non-null variables may go).
/// </summary>
public readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, bool HasLocationDefault, bool InOneOfObject);
