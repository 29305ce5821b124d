using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Validation;

namespace TeamGrains.GraphQL.Tests.Validation;

/// <summary>
/// Base of the per-rule tests (graphql-js harness style): the document is validated by the one
/// rule under test over the Dog/Cat/Human schema, and the exact messages are compared.
/// </summary>
public abstract class ValidationRuleTests
{
    protected abstract ValidationRule Rule { get; }

    protected void ExpectValid(string document) => Assert.Empty(Messages(document));

    protected void ExpectErrors(string document, params string[] expectedMessages) =>
        Assert.Equal(expectedMessages, Messages(document));

    protected IReadOnlyList<GraphQLError> Validate(string document, ValidationOptions? options = null) =>
        DocumentValidator.Validate(HarnessSchemas.DogCat, Parser.Parse(document), (options ?? ValidationOptions.Default) with { Rules = [Rule] });

    private List<string> Messages(string document) => [.. Validate(document).Select(e => e.Message)];
}
