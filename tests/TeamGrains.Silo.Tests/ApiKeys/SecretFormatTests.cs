using TeamGrains.Interfaces;
using TeamGrains.Silo.Grains.ApiKeys;
using TeamGrains.Silo.Grains.Invitations;

namespace TeamGrains.Silo.Tests.ApiKeys;

/// <summary>The shape of API key secrets and invitation tokens, and their hashes.</summary>
public sealed class SecretFormatTests
{
    [Fact]
    public void SecretNamesItsKeyAndCarriesThirtyTwoRandomBytes()
    {
        var id = Ids.New();

        var secret = ApiKeySecret.New(id);
        var other = ApiKeySecret.New(id);

        Assert.True(ApiKeySecret.TryGetKeyId(secret, out var parsed));
        Assert.Equal(id, parsed);
        Assert.Equal(43, secret.Length - ApiKeySecret.Prefix.Length - id.Length - 1);
        Assert.NotEqual(secret, other);
        Assert.DoesNotContain('=', secret);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("tgk_")]
    [InlineData("tgk__abc")]
    [InlineData("tgk_abc")]
    [InlineData("tgk_abc_")]
    [InlineData("Bearer tgk_abc_def")]
    [InlineData("tgi_abc_def")]
    public void MalformedSecretsNameNoKey(string? secret)
    {
        Assert.False(ApiKeySecret.TryGetKeyId(secret, out var id));
        Assert.Equal("", id);
    }

    [Fact]
    public void InvitationTokenNamesItsInvitation()
    {
        var id = Ids.New();

        var token = InvitationToken.New(id);

        Assert.True(InvitationToken.TryGetInvitationId(token, out var parsed));
        Assert.Equal(id, parsed);
        Assert.False(ApiKeySecret.TryGetKeyId(token, out _));
    }

    [Fact]
    public void HashIsSha256HexAndMatchesOnlyItsSecret()
    {
        var secret = ApiKeySecret.New(Ids.New());

        var hash = SecretHash.Of(secret);

        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.DoesNotContain(secret[^43..], hash, StringComparison.Ordinal);
        Assert.True(SecretHash.Matches(secret, hash));
        Assert.False(SecretHash.Matches(secret + "x", hash));
        Assert.False(SecretHash.Matches(secret, hash[..^1]));
    }
}
