using TeamGrains.Interfaces.Runtime;

namespace TeamGrains.Silo.Grains.Shared;

/// <summary>Grain ids of the domain grains, for naming them in a transaction's change log (<c>tx.AddChange</c>).</summary>
internal static class DomainGrainIds
{
    public const string UserType = "UserGrain";
    public const string UserDirectoryType = "UserDirectoryGrain";
    public const string OrganizationType = "OrganizationGrain";
    public const string TeamType = "TeamGrain";
    public const string ResourceType = "ResourceGrain";
    public const string ApiKeyType = "ApiKeyGrain";
    public const string InvitationType = "InvitationGrain";

    public static GrainId User(string id) => new(UserType, id);

    public static GrainId UserDirectory(string email) => new(UserDirectoryType, email);

    public static GrainId Organization(string id) => new(OrganizationType, id);

    public static GrainId Team(string id) => new(TeamType, id);

    public static GrainId Resource(string id) => new(ResourceType, id);

    public static GrainId ApiKey(string id) => new(ApiKeyType, id);
}
