using TeamGrains.GraphQL;
using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Invitations;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Users;

namespace TeamGrains.Gateway.Schema;

/// <summary>The contract's enum value names for the interfaces' .NET enums, both ways.</summary>
public static class ContractEnums
{
    public static string Name(UserStatus status) => status == UserStatus.Active ? "ACTIVE" : "DEACTIVATED";

    public static string Name(MembershipSource source) => source == MembershipSource.Direct ? "DIRECT" : "INHERITED";

    public static string Name(ResourceVisibility visibility) => visibility == ResourceVisibility.Private ? "PRIVATE" : "ORGANIZATION";

    public static string Name(InvitationStatus status) => status.ToString().ToUpperInvariant();

    public static string Name(InvitationEventKind kind) => kind.ToString().ToUpperInvariant();

    public static string Name(GrantSource source) => source.ToString().ToUpperInvariant();

    public static string Name(AccessLevel level) => level switch
    {
        AccessLevel.NoAccess => "NO_ACCESS",
        AccessLevel.Viewer => "VIEWER",
        AccessLevel.Contributor => "CONTRIBUTOR",
        _ => "ADMIN",
    };

    public static AccessLevel ToAccessLevel(string name) => name switch
    {
        "NO_ACCESS" => AccessLevel.NoAccess,
        "VIEWER" => AccessLevel.Viewer,
        "CONTRIBUTOR" => AccessLevel.Contributor,
        "ADMIN" => AccessLevel.Admin,
        _ => throw new GraphQLException($"Unknown access level {name}.", ErrorCodes.BadUserInput),
    };

    public static InvitationStatus? ToInvitationStatus(string? name) =>
        name is null ? null : Enum.Parse<InvitationStatus>(name, ignoreCase: true);
}
