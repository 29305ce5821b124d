using System.Text.Json;
using Microsoft.Extensions.Options;
using TeamGrains.Gateway.Auth;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Paging;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Interfaces.Users;

namespace TeamGrains.Gateway.Http;

/// <summary>
/// For load comparisons only (<c>Gateway:BenchBareEndpoint</c>): the grain calls of two benchmark
/// queries, answered with the same JSON as the GraphQL response but without GraphQL, so that a load
/// run shows what the GraphQL layer costs on top of ASP.NET Core and the grains.
/// </summary>
public static class BareBenchEndpoints
{
    public static IEndpointRouteBuilder MapBareBenchEndpoints(this IEndpointRouteBuilder endpoints)
    {
        if (!endpoints.ServiceProvider.GetRequiredService<IOptions<GatewayOptions>>().Value.BenchBareEndpoint)
        {
            return endpoints;
        }

        // Same as: { checkPermission(organizationId: $org, permission: $permission) }
        endpoints.MapGet("/bench/bare/check", async (HttpContext context, IGrainFactory grains, string org, string permission) =>
        {
            if (context.User.ToCaller() is not { } caller)
            {
                return Results.Unauthorized();
            }

            var allowed = await grains.GetGrain<IUserGrain>(caller.UserId).CheckPermissionAsync(caller.UserId, org, permission).ConfigureAwait(false);
            return Results.Bytes(Json(w => w.WriteBoolean("checkPermission", allowed)), "application/json");
        });

        // Same as: { organization(id: $org) { members(first: $first) { totalCount edges { node { role source user { id email } } } } } }
        endpoints.MapGet("/bench/bare/members", async (HttpContext context, IGrainFactory grains, string org, int first) =>
        {
            if (context.User.ToCaller() is not { } caller)
            {
                return Results.Unauthorized();
            }

            var page = await grains.GetGrain<IOrganizationGrain>(org).GetMembersAsync(caller.UserId, new PageRequest(first)).ConfigureAwait(false);
            return Results.Bytes(Json(w => WriteMembers(w, page)), "application/json");
        });
        return endpoints;
    }

    private static void WriteMembers(Utf8JsonWriter writer, Page<MembershipDto> page)
    {
        writer.WriteStartObject("organization");
        writer.WriteStartObject("members");
        writer.WriteNumber("totalCount", page.TotalCount);
        writer.WriteStartArray("edges");
        foreach (var edge in page.Edges)
        {
            writer.WriteStartObject();
            writer.WriteStartObject("node");
            writer.WriteString("role", edge.Node.Role);
            writer.WriteString("source", edge.Node.Source == MembershipSource.Direct ? "DIRECT" : "INHERITED");
            writer.WriteStartObject("user");
            writer.WriteString("id", edge.Node.User.Id);
            writer.WriteString("email", edge.Node.User.Email);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static byte[] Json(Action<Utf8JsonWriter> writeData)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("data");
            writeData(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
