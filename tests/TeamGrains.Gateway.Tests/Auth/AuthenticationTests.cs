using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TeamGrains.Gateway.Auth;
using TeamGrains.Gateway.Tests.Infrastructure;

namespace TeamGrains.Gateway.Tests.Auth;

/// <summary>One bearer scheme: development tokens, external JWTs and API keys, tried in that spirit; refusals are 401.</summary>
public sealed class AuthenticationTests : IDisposable
{
    private const string JwtKey = "external-idp-key-external-idp-key-0123456789";
    private readonly TransportFactory _factory = new(new Dictionary<string, string?>
    {
        ["Auth:Jwt:Issuer"] = "https://idp.example",
        ["Auth:Jwt:Audience"] = "teamgrains",
        ["Auth:Jwt:SymmetricKeys:0"] = JwtKey,
    });

    [Fact]
    public async Task AnonymousRequestsHaveNoCaller()
    {
        var body = await (await _factory.CreateClient().SendAsync(GraphQLHttp.Post("{ me }"))).JsonAsync();

        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("data").GetProperty("me").ValueKind);
    }

    [Fact]
    public async Task DevelopmentTokensAuthenticateTheirUser()
    {
        var token = _factory.Services.GetRequiredService<DevelopmentTokenService>().Issue("u-alice", "alice@example.com");

        var body = await (await _factory.CreateClient().SendAsync(GraphQLHttp.Post("{ me }", bearer: token))).JsonAsync();

        Assert.Equal("u-alice", body.GetProperty("data").GetProperty("me").GetString());
    }

    [Fact]
    public async Task AVerifiedTokenIsRememberedButAnApiKeyIsCheckedEveryTime()
    {
        var token = _factory.Services.GetRequiredService<DevelopmentTokenService>().Issue("u-alice", "alice@example.com");
        var client = _factory.CreateClient();

        await client.SendAsync(GraphQLHttp.Post("{ me }", bearer: token));
        var afterFirst = _factory.Identities.Lookups;
        await client.SendAsync(GraphQLHttp.Post("{ me }", bearer: token));
        await client.SendAsync(GraphQLHttp.Post("{ me }", bearer: token));
        var afterTokens = _factory.Identities.Lookups;
        await client.SendAsync(GraphQLHttp.Post("{ me }", bearer: TestIdentities.ApiKeySecret));
        await client.SendAsync(GraphQLHttp.Post("{ me }", bearer: TestIdentities.ApiKeySecret));

        Assert.Equal(afterFirst, afterTokens);
        Assert.Equal(afterTokens + 2, _factory.Identities.Lookups);
    }

    [Fact]
    public async Task ATokenSignedByAnotherNodeWithTheSameKeyIsAccepted()
    {
        using var otherNode = new TransportFactory();
        var token = otherNode.Services.GetRequiredService<DevelopmentTokenService>().Issue("u-alice", "alice@example.com");

        var response = await _factory.CreateClient().SendAsync(GraphQLHttp.Post("{ me }", bearer: token));

        Assert.Equal("u-alice", (await response.JsonAsync()).GetProperty("data").GetProperty("me").GetString());
    }

    [Theory]
    [InlineData("tgd_eyJzdWIiOiJ1LWFsaWNlIn0.AAAA")]
    [InlineData("not-a-token")]
    [InlineData("tgk_key1_wrong")]
    public async Task BadCredentialsGet401Unauthenticated(string bearer)
    {
        var response = await _factory.CreateClient().SendAsync(GraphQLHttp.Post("{ me }", bearer: bearer));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("UNAUTHENTICATED", (await response.JsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task ATamperedDevelopmentTokenIsRefused()
    {
        var token = _factory.Services.GetRequiredService<DevelopmentTokenService>().Issue("u-alice", "alice@example.com");
        var tampered = token[..^2] + (token[^2] == 'A' ? "BB" : "AA");

        var response = await _factory.CreateClient().SendAsync(GraphQLHttp.Post("{ me }", bearer: tampered));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public void DevelopmentTokensAreOffOutsideDevelopmentUnlessConfigured()
    {
        using var production = new TransportFactory(new Dictionary<string, string?> { ["Auth:DevelopmentTokens"] = null });
        using var development = new TransportFactory(new Dictionary<string, string?> { ["Auth:DevelopmentTokens"] = null }, "Development");

        Assert.False(production.Services.GetRequiredService<DevelopmentTokenPolicy>().Enabled);
        Assert.True(development.Services.GetRequiredService<DevelopmentTokenPolicy>().Enabled);
    }

    [Fact]
    public async Task ExternalJwtWithEmailMapsToTheUserByEmail()
    {
        var jwt = Jwt(new Claim("sub", "idp|123"), new Claim("email", "Bob@Example.com"));

        var body = await (await _factory.CreateClient().SendAsync(GraphQLHttp.Post("{ me }", bearer: jwt))).JsonAsync();

        Assert.Equal("u-bob@example.com", body.GetProperty("data").GetProperty("me").GetString());
    }

    [Fact]
    public async Task ExternalJwtWithOnlySubMapsToThatUser()
    {
        var body = await (await _factory.CreateClient().SendAsync(GraphQLHttp.Post("{ me }", bearer: Jwt(new Claim("sub", "u-alice"))))).JsonAsync();

        Assert.Equal("u-alice", body.GetProperty("data").GetProperty("me").GetString());
    }

    [Fact]
    public async Task ExternalJwtForAnotherAudienceIsRefused()
    {
        var jwt = Jwt([new Claim("sub", "u-alice")], audience: "someone-else");

        var response = await _factory.CreateClient().SendAsync(GraphQLHttp.Post("{ me }", bearer: jwt));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ExpiredExternalJwtIsRefused()
    {
        var jwt = Jwt([new Claim("sub", "u-alice")], expires: DateTime.UtcNow.AddMinutes(-5));

        var response = await _factory.CreateClient().SendAsync(GraphQLHttp.Post("{ me }", bearer: jwt));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ApiKeysActAsTheirUserInTheirOrganizationOnly()
    {
        var authenticator = _factory.Services.GetRequiredService<CredentialAuthenticator>();

        var outcome = await authenticator.AuthenticateAsync("Bearer " + TestIdentities.ApiKeySecret, CancellationToken.None);

        Assert.Equal("u-alice", outcome.Caller!.UserId);
        Assert.Equal("org-1", outcome.Caller.OrganizationScope);
        Assert.Equal(Gateway.Execution.CredentialKind.ApiKey, outcome.Caller.Kind);
    }

    public void Dispose() => _factory.Dispose();

    private static string Jwt(params Claim[] claims) => Jwt(claims, "teamgrains", null);

    private static string Jwt(Claim[] claims, string audience = "teamgrains", DateTime? expires = null)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = "https://idp.example",
            Audience = audience,
            IssuedAt = (expires ?? now.AddHours(1)).AddHours(-2),
            NotBefore = (expires ?? now.AddHours(1)).AddHours(-2),
            Expires = expires ?? now.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(JwtKey)), SecurityAlgorithms.HmacSha256),
        });
    }
}
