using TeamGrains.Gateway.Execution;

namespace TeamGrains.Gateway.Tests.Execution;

/// <summary>Clients only ever see the contract's error codes.</summary>
public sealed class ContractCodesTests
{
    [Theory]
    [InlineData("FORBIDDEN", true, "FORBIDDEN")]
    [InlineData("LAST_OWNER", true, "LAST_OWNER")]
    [InlineData("UNAVAILABLE", false, "UNAVAILABLE")]
    [InlineData("GRAPHQL_PARSE_FAILED", false, "BAD_USER_INPUT")]
    [InlineData("GRAPHQL_VALIDATION_FAILED", false, "BAD_USER_INPUT")]
    [InlineData(null, false, "BAD_USER_INPUT")]
    [InlineData("QUERY_DEPTH_LIMIT", false, "LIMIT_EXCEEDED")]
    [InlineData(null, true, "UNAVAILABLE")]
    [InlineData("INTERNAL_SERVER_ERROR", true, "UNAVAILABLE")]
    public void EngineCodesBecomeContractCodes(string? engineCode, bool executed, string expected)
    {
        Assert.Equal(expected, ContractCodes.For(engineCode, executed));
    }
}
