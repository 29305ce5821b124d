using TeamGrains.Interfaces;

namespace TeamGrains.Silo.Grains.Shared;

/// <summary>The contract errors the domain grains throw, with messages safe to show to clients.</summary>
internal static class Errors
{
    public static TeamGrainsException NotFound(string what) => new(ErrorCodes.NotFound, $"{what} not found.");

    public static TeamGrainsException Forbidden(string permission) =>
        new(ErrorCodes.Forbidden, $"Missing permission '{permission}'.");

    public static TeamGrainsException BadInput(string message) => new(ErrorCodes.BadUserInput, message);

    public static TeamGrainsException LastOwner() =>
        new(ErrorCodes.LastOwner, "The change would leave the organization without an owner.");

    public static TeamGrainsException SeatLimit() =>
        new(ErrorCodes.SeatLimitReached, "The organization's seat limit is reached.");

    public static TeamGrainsException AlreadyMember() =>
        new(ErrorCodes.AlreadyMember, "The user is already a direct member of the organization.");
}
