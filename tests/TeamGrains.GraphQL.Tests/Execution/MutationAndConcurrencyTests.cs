using TeamGrains.GraphQL.Types;
using static TeamGrains.GraphQL.Tests.Execution.ExecutionHarness;

namespace TeamGrains.GraphQL.Tests.Execution;

public sealed class MutationAndConcurrencyTests
{
    [Fact]
    public async Task MutationsRunStrictlyOneAfterAnother()
    {
        var log = new List<string>();
        var running = 0;
        var schema = Builder().ResolveAsync("Mutation", "addPet", async context =>
        {
            var name = context.GetArgument<string>("name")!;
            Assert.Equal(1, Interlocked.Increment(ref running));
            log.Add("start " + name);
            await Task.Delay(1);
            await Task.Yield();
            log.Add("end " + name);
            Interlocked.Decrement(ref running);
            return log.Count;
        }).Build();

        var result = await ExecuteAsync(schema, "mutation { a: addPet(name: \"A\") b: addPet(name: \"B\") c: addPet(name: \"C\") }");

        Assert.Equal(["start A", "end A", "start B", "end B", "start C", "end C"], log);
        AssertJson("{'data':{'a':2,'b':4,'c':6}}", result);
    }

    [Fact]
    public async Task QueryFieldsResolveConcurrently()
    {
        // "human" can only finish once "dog" has started: a serial executor would never complete.
        var dogStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = Builder()
            .ResolveAsync("Query", "human", async _ =>
            {
                await dogStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
                return new Human("Ann");
            })
            .ResolveAsync("Query", "dog", async _ =>
            {
                dogStarted.SetResult();
                await Task.Yield();
                return Rex;
            })
            .Build();

        var result = await ExecuteAsync(schema, "{ human { name } dog { name } }");

        AssertJson("{'data':{'human':{'name':'Ann'},'dog':{'name':'Rex'}}}", result);
    }

    [Fact]
    public async Task CancellationReachesResolversAndEndsTheRequest()
    {
        using var cancellation = new CancellationTokenSource();
        var schema = Builder().ResolveAsync("Query", "dog", async context =>
        {
            await cancellation.CancelAsync();
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return Rex;
        }).Build();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ExecuteAsync(schema, "{ dog { name } }", cancellationToken: cancellation.Token));
    }
}
