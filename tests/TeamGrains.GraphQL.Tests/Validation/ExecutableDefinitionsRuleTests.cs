using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class ExecutableDefinitionsRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new ExecutableDefinitionsRule();

    [Fact]
    public void OperationsAndFragmentsAreExecutable() =>
        ExpectValid("query Q { dog { ...F } } fragment F on Dog { name }");

    [Fact]
    public void TypeDefinitionIsRejected() =>
        ExpectErrors(
            "query Q { dog { name } } type Cow { name: String }",
            "The \"Cow\" definition is not executable.");

    [Fact]
    public void SchemaExtensionIsRejected() =>
        ExpectErrors(
            "{ dog { name } } extend schema @onQuery",
            "The schema definition is not executable.");

    [Fact]
    public void DirectiveDefinitionIsRejected() =>
        ExpectErrors(
            "{ dog { name } } directive @x on FIELD",
            "The \"x\" definition is not executable.");
}
