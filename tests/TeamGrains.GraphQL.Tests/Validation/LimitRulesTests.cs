using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Validation;

namespace TeamGrains.GraphQL.Tests.Validation;

/// <summary>The optional server limits (depth, field count, aliases): off by default, LIMIT_EXCEEDED when broken.</summary>
public sealed class LimitRulesTests
{
    private const string DeepQuery = "{ dog { owner { pets { name } } } }"; // depth 4, 4 fields

    private const string FragmentDiamond = """
        { dog { ...A ...B } }
        fragment A on Dog { ...C ...C }
        fragment B on Dog { ...C }
        fragment C on Dog { a1: name a2: name mother { name } }
        """;

    [Fact]
    public void LimitsAreOffByDefault() => Assert.Empty(Validate(DeepQuery, ValidationOptions.Default));

    [Fact]
    public void DepthWithinLimitIsValid() => Assert.Empty(Validate(DeepQuery, new ValidationOptions { MaxDepth = 4 }));

    [Fact]
    public void DepthOverLimitIsRejectedWithLimitCode()
    {
        var error = Assert.Single(Validate(DeepQuery, new ValidationOptions { MaxDepth = 3 }));
        Assert.Equal("The operation has depth 4, more than the limit of 3.", error.Message);
        Assert.Equal(ValidationOptions.LimitExceededCode, error.Code);
    }

    [Fact]
    public void DepthCountsThroughFragments()
    {
        var error = Assert.Single(Validate("query Q { dog { ...F } } fragment F on Dog { owner { pets { name } } }", new ValidationOptions { MaxDepth = 2 }));
        Assert.Equal("Operation \"Q\" has depth 4, more than the limit of 2.", error.Message);
    }

    [Fact]
    public void FieldCountExpandsEverySpread()
    {
        // dog + A(2×C) + B(1×C), C = 4 field selections: 1 + 3×4 = 13.
        Assert.Empty(Validate(FragmentDiamond, new ValidationOptions { MaxFieldCount = 13 }));
        var error = Assert.Single(Validate(FragmentDiamond, new ValidationOptions { MaxFieldCount = 12 }));
        Assert.Equal("The operation selects 13 fields, more than the limit of 12.", error.Message);
        Assert.Equal("LIMIT_EXCEEDED", error.Code);
    }

    [Fact]
    public void AliasesAreCounted()
    {
        Assert.Empty(Validate(FragmentDiamond, new ValidationOptions { MaxAliases = 6 }));
        var error = Assert.Single(Validate(FragmentDiamond, new ValidationOptions { MaxAliases = 5 }));
        Assert.Equal("The operation uses 6 aliases, more than the limit of 5.", error.Message);
    }

    [Fact]
    public void CyclicFragmentsDoNotHangTheLimits()
    {
        var errors = Validate("{ dog { ...A } } fragment A on Dog { mother { ...A } }", new ValidationOptions { MaxDepth = 10, MaxFieldCount = 10 });
        Assert.Equal(["Cannot spread fragment \"A\" within itself."], errors.Select(e => e.Message));
    }

    private static IReadOnlyList<GraphQLError> Validate(string document, ValidationOptions options) =>
        DocumentValidator.Validate(HarnessSchemas.DogCat, Parser.Parse(document), options);
}
