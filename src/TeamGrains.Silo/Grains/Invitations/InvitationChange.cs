using System.Text.Json;
using System.Text.Json.Serialization;
using TeamGrains.Interfaces.Invitations;

namespace TeamGrains.Silo.Grains.Invitations;

/// <summary>
/// The change-log row of an invitation event: kind <c>invitation.&lt;KIND&gt;</c> on grain
/// <c>InvitationGrain/&lt;id&gt;</c>, payload naming the invitation, its organization and email, and
/// carrying the whole invitation as of the change so subscribers on any node need no database read.
/// </summary>
internal sealed record InvitationChange(
    string InvitationId,
    string OrganizationId,
    string Email,
    DateTimeOffset At,
    InvitationDto Invitation)
{
    public const string GrainType = "InvitationGrain";
    public const string KindPrefix = "invitation.";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    public static InvitationChange Of(InvitationDto invitation, DateTimeOffset at)
        => new(invitation.Id, invitation.OrganizationId, invitation.Email, at, invitation);

    /// <summary>The change-log kind of an event kind, e.g. <c>invitation.CREATED</c>.</summary>
    public static string KindOf(InvitationEventKind kind) => KindPrefix + kind.ToString().ToUpperInvariant();

    public static bool TryParseKind(string changeKind, out InvitationEventKind kind)
    {
        kind = default;
        return changeKind.StartsWith(KindPrefix, StringComparison.Ordinal)
            && Enum.TryParse(changeKind.AsSpan(KindPrefix.Length), ignoreCase: true, out kind);
    }

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static InvitationChange? FromJson(string json) => JsonSerializer.Deserialize<InvitationChange>(json, JsonOptions);
}
