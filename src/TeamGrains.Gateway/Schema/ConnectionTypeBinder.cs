using TeamGrains.GraphQL.Types;

namespace TeamGrains.Gateway.Schema;

/// <summary>The contract's Relay connections (every *Connection and *Edge type) and PageInfo, over <see cref="PageView"/>.</summary>
public static class ConnectionTypeBinder
{
    private static readonly string[] Nodes = ["Membership", "Organization", "Invitation", "Team", "User", "Resource", "AuditEntry"];

    public static SchemaBuilder BindConnections(this SchemaBuilder builder)
    {
        foreach (var node in Nodes)
        {
            builder
                .Field(node + "Connection", "edges", c => c.Parent<PageView>().Edges)
                .Field(node + "Connection", "pageInfo", c => c.Parent<PageView>())
                .Field(node + "Connection", "totalCount", c => c.Parent<PageView>().TotalCount)
                .Field(node + "Edge", "node", c => c.Parent<EdgeView>().Node)
                .Field(node + "Edge", "cursor", c => c.Parent<EdgeView>().Cursor);
        }

        return builder
            .Field("PageInfo", "hasNextPage", c => c.Parent<PageView>().HasNextPage)
            .Field("PageInfo", "endCursor", c => c.Parent<PageView>().EndCursor);
    }
}
