using TeamGrains.Gateway.Schema;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.Gateway.Tests.Schema;

/// <summary>The gateway serves the contract's schema, unchanged, with every field bound.</summary>
public sealed class ContractSchemaTests
{
    [Fact]
    public void EmbeddedSchemaEqualsSharedContract_ComparisonSkippedOnlyWhenSharedContractFileIsAbsent()
    {
        var shared = FindSharedContract();
        if (shared is null)
        {
            return; // No shared/ beside this checkout: nothing to compare against (CI always has it).
        }

        Assert.Equal(File.ReadAllText(shared).ReplaceLineEndings(), ContractSchema.Sdl.ReplaceLineEndings());
    }

    [Fact]
    public void EveryFieldOfEveryContractObjectTypeHasAResolver()
    {
        var schema = GatewaySchemaFactory.Build();
        var unbound = schema.Types
            .OfType<ObjectType>()
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(t => t.Fields.Select(f => (Type: t, Field: f)))
            .Where(x => x.Field.Resolver is null)
            .Select(x => x.Type.Name + "." + x.Field.Name)
            .ToList();

        Assert.True(schema.Types.OfType<ObjectType>().Count() > 30);
        Assert.Empty(unbound);
    }

    [Fact]
    public void EverySubscriptionFieldHasAnEventSource()
    {
        var subscription = GatewaySchemaFactory.Build().SubscriptionType!;

        Assert.All(subscription.Fields, f => Assert.NotNull(f.SubscriptionSource));
        Assert.Equal(["invitationReceived", "invitationChanged"], subscription.Fields.Select(f => f.Name));
    }

    /// <summary>shared/contract/schema.graphql beside the repository (../shared from the repo root), if present.</summary>
    private static string? FindSharedContract()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TeamGrains.sln")))
        {
            directory = directory.Parent;
        }

        var candidate = directory?.Parent is { } parent ? Path.Combine(parent.FullName, "shared", "contract", "schema.graphql") : null;
        return candidate is not null && File.Exists(candidate) ? candidate : null;
    }
}
