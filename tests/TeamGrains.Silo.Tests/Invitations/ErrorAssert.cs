using TeamGrains.Interfaces;

namespace TeamGrains.Silo.Tests.Invitations;

/// <summary>Asserts that a call fails with a contract error code.</summary>
public static class ErrorAssert
{
    public static async Task<TeamGrainsException> CodeAsync(string expectedCode, Func<Task> call)
    {
        var exception = await Assert.ThrowsAsync<TeamGrainsException>(call);
        Assert.Equal(expectedCode, exception.Code);
        return exception;
    }
}
