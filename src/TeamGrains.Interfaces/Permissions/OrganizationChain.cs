using System.Collections.Immutable;

namespace TeamGrains.Interfaces.Permissions;

/// <summary>
/// An organization and its ancestors: the organization asked about first, then its parent, … up to the
/// root. Immutable; the organization grain can build it once per change of its ancestry and keep it.
/// </summary>
public sealed class OrganizationChain
{
    /// <param name="organizationIds">The organization first, then each ancestor, the root last; no repeats.</param>
    public OrganizationChain(IEnumerable<string> organizationIds)
    {
        ArgumentNullException.ThrowIfNull(organizationIds);
        OrganizationIds = [.. organizationIds];
        if (OrganizationIds.IsEmpty)
        {
            throw new ArgumentException("A chain holds at least the organization itself.", nameof(organizationIds));
        }

        if (OrganizationIds.Distinct(StringComparer.Ordinal).Count() != OrganizationIds.Length)
        {
            throw new ArgumentException("An organization cannot be its own ancestor.", nameof(organizationIds));
        }
    }

    /// <summary>The organization first, the root last.</summary>
    public ImmutableArray<string> OrganizationIds { get; }

    /// <summary>The organization asked about.</summary>
    public string OrganizationId => OrganizationIds[0];

    /// <summary>The root of the tree (whose custom roles are in force).</summary>
    public string RootId => OrganizationIds[^1];

    /// <summary>Number of organizations in the chain (1 for a root).</summary>
    public int Length => OrganizationIds.Length;

    /// <summary>True when the id is the organization or one of its ancestors.</summary>
    public bool Contains(string organizationId) => OrganizationIds.Contains(organizationId, StringComparer.Ordinal);
}
