using TeamGrains.GraphQL.Types;

namespace TeamGrains.Gateway.Schema;

/// <summary>The contract schema with every Query, Mutation and Subscription field and every type field bound to grains.</summary>
public static class GatewaySchemaFactory
{
    public static GraphQL.Types.Schema Build() => SchemaBuilder.FromSdl(ContractSchema.Sdl)
        .Scalar("DateTime", DateTimeScalarConverter.Instance)
        .BindQuery()
        .BindOrganizationMutations()
        .BindMembershipMutations()
        .BindTeamResourceMutations()
        .BindSubscriptions()
        .BindUser()
        .BindOrganization()
        .BindMembershipsAndInvitations()
        .BindTeamsResourcesAndKeys()
        .BindPermissionsAndAudit()
        .BindConnections()
        .Build();
}
