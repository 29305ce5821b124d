using TeamGrains.Gateway.Tests.Infrastructure;

namespace TeamGrains.Gateway.Tests.Schema;

/// <summary>signUp works only where development tokens are allowed (TRANSPORT.md).</summary>
public sealed class DevelopmentSignUpTests
{
    [Fact]
    public async Task SignUpIsForbiddenWhereDevelopmentTokensAreOff()
    {
        using var factory = new GatewayFactory(new Dictionary<string, string?> { ["Auth:DevelopmentTokens"] = "false" });

        var error = await new GatewayClient(factory.CreateClient())
            .ErrorAsync("mutation { signUp(input: { email: \"someone@example.com\" }) { token } }");

        Assert.Equal("FORBIDDEN", error.GetProperty("extensions").GetProperty("code").GetString());
    }
}
