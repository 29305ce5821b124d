using TeamGrains.Silo.Grains.Shared;
using TeamGrains.Silo.Permissions;

namespace TeamGrains.Silo.Grains.Users;

internal sealed partial class UserGrain
{
    /// <summary>
    /// The in-memory side of a role change committed by an organization grain (absorbed by the runtime
    /// when this activation was exactly one version behind, so a reload would read just this): the
    /// membership with its new role, in a new map (interleaved calls may be reading the old one), and a
    /// new permission snapshot, whose epoch bump retires every cached answer.
    /// </summary>
    internal void AbsorbRoleChange(string organizationId, string role)
    {
        var changed = State.Memberships.GetValueOrDefault(organizationId)
            ?? throw new InvalidOperationException($"User {State.Id} has no membership in {organizationId} to change.");
        var shared = SharedRoleNames.Of(role);
        State.Memberships = new CompactStringMap<UserMembership>(
            State.Memberships.Values.Select(m => ReferenceEquals(m, changed) ? m with { Role = shared } : m), m => m.OrganizationId);
        RebuildSnapshot();
    }
}
