using System.Runtime.CompilerServices;
using System.Threading.Channels;
using static TeamGrains.GraphQL.Tests.Execution.ExecutionHarness;

namespace TeamGrains.GraphQL.Tests.Execution;

public sealed class SubscriptionTests
{
    [Fact]
    public async Task StreamsOneResultPerEvent()
    {
        var channel = Channel.CreateUnbounded<object>();
        string? kind = null;
        var schema = Builder().Subscribe("Subscription", "newPet", context =>
        {
            kind = context.GetArgument<string>("kind");
            return channel.Reader.ReadAllAsync(context.CancellationToken);
        }).Build();
        var executor = new GraphQLExecutor(schema);

        var subscription = await executor.SubscribeAsync(new GraphQLRequest { Query = "subscription { newPet { __typename name } }" });
        Assert.True(subscription.IsStream);
        await channel.Writer.WriteAsync(Rex);
        await channel.Writer.WriteAsync(new Cat("Tom", 1));
        channel.Writer.Complete();

        var results = new List<string>();
        await foreach (var result in subscription.Stream!)
        {
            results.Add(result.ToJson());
        }

        Assert.Equal("DOG", kind);
        Assert.Equal(
            ["{\"data\":{\"newPet\":{\"__typename\":\"Dog\",\"name\":\"Rex\"}}}", "{\"data\":{\"newPet\":{\"__typename\":\"Cat\",\"name\":\"Tom\"}}}"],
            results);
    }

    [Fact]
    public async Task CancellingTheTokenEndsTheStreamAndDisposesTheSource()
    {
        var disposed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = Builder().Subscribe("Subscription", "newPet", context => Endless(disposed, context.CancellationToken)).Build();
        using var cancellation = new CancellationTokenSource();
        var subscription = await new GraphQLExecutor(schema).SubscribeAsync(new GraphQLRequest { Query = "subscription { newPet { name } }" }, cancellation.Token);

        var count = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var result in subscription.Stream!)
            {
                Assert.Null(result.Errors);
                if (++count == 3)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        await disposed.Task;
        Assert.Equal(3, count);
    }

    private static async IAsyncEnumerable<object?> Endless(TaskCompletionSource disposed, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await Task.Yield();
                yield return Rex;
            }
        }
        finally
        {
            disposed.SetResult();
        }
    }

    [Fact]
    public async Task ReportsErrorsInsteadOfAStream()
    {
        var schema = Builder().Subscribe("Subscription", "newPet", _ => throw new GraphQLException("Not allowed.", "FORBIDDEN")).Build();
        var executor = new GraphQLExecutor(schema);

        var failed = await executor.SubscribeAsync(new GraphQLRequest { Query = "subscription { newPet { name } }" });
        Assert.False(failed.IsStream);
        Assert.Equal("FORBIDDEN", Assert.Single(failed.Errors!.Errors!).Code);

        var query = await executor.SubscribeAsync(new GraphQLRequest { Query = "{ dog { name } }" });
        Assert.False(query.IsStream);

        var viaExecute = await executor.ExecuteAsync(new GraphQLRequest { Query = "subscription { newPet { name } }" });
        Assert.Equal("Subscriptions must be executed with SubscribeAsync.", Assert.Single(viaExecute.Errors!).Message);
    }
}
