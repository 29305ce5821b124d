using TeamGrains.Silo.Grains.ApiKeys;

namespace TeamGrains.Silo.Grains.Invitations;

/// <summary>
/// The secret token of an invitation's email link: <c>tgi_&lt;invitation id&gt;_&lt;32 random bytes&gt;</c>.
/// Only its SHA-256 is stored (see <see cref="SecretHash"/> for why that suffices).
/// </summary>
public static class InvitationToken
{
    public const string Prefix = "tgi_";

    internal static string New(string invitationId) => Prefix + invitationId + "_" + SecretHash.NewSecret();

    /// <summary>Reads the invitation id out of a token, so a link can be resolved to its grain.</summary>
    public static bool TryGetInvitationId(string? token, out string invitationId)
        => SecretHash.TryReadId(Prefix, token, out invitationId);
}
