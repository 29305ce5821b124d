namespace TeamGrains.Interfaces.Invitations;

/// <summary>Makes opaque invitation ids.</summary>
public static class InvitationIds
{
    /// <summary>A new random id (a GUID without dashes): unguessable, so it can be a grain key handed to clients.</summary>
    public static string New() => Guid.NewGuid().ToString("N");
}
