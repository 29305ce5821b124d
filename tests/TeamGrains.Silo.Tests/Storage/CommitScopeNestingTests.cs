using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Tests.Storage;

/// <summary>How <see cref="CommitScope"/>s nest and end, without storage.</summary>
public sealed class CommitScopeNestingTests
{
    [Fact]
    public void AnInnerScopePassesItsCommitsToTheOuterOneAndStopsRecordingOnceDisposed()
    {
        using var outer = CommitScope.Begin();
        var inner = CommitScope.Begin();
        CommitScope.Record(17);
        CommitScope.Record(12);
        inner.Dispose();
        CommitScope.Record(23);

        Assert.Equal(17, inner.HighestPosition);
        Assert.Equal(23, outer.HighestPosition);
    }

    [Fact]
    public void ACommitWithoutChangeLogRowsIsNoCommitOfTheScope()
    {
        using var scope = CommitScope.Begin();
        CommitScope.Record([]);
        Assert.Null(scope.HighestPosition);

        CommitScope.Record([Change(40), Change(42), Change(41)]);
        Assert.Equal(42, scope.HighestPosition);
    }

    [Fact]
    public async Task ParallelFlowsOfOneScopeKeepTheirMaximum()
    {
        using var scope = CommitScope.Begin();

        await Task.WhenAll(Enumerable.Range(1, 200).Select(position => Task.Run(() => CommitScope.Record(position))));

        Assert.Equal(200, scope.HighestPosition);
    }

    private static ChangeRecord Change(long position)
        => new(position, new Interfaces.Runtime.GrainId("counter", "k"), "changed", null, DateTimeOffset.UnixEpoch);
}
