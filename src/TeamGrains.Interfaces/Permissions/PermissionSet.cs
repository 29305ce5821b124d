using System.Collections;
using System.Numerics;

namespace TeamGrains.Interfaces.Permissions;

/// <summary>
/// A set of catalogue permissions as a 64-bit mask (bit = <see cref="PermissionDefinition.Bit"/>).
/// A value type: union, difference and containment are single instructions and never allocate;
/// enumeration yields the names in catalogue order, also without allocating.
/// </summary>
public readonly record struct PermissionSet(ulong Mask) : IEnumerable<string>
{
    /// <summary>The set with no permission.</summary>
    public static PermissionSet Empty => default;

    /// <summary>True when no permission is in the set.</summary>
    public bool IsEmpty => Mask == 0;

    /// <summary>Number of permissions in the set.</summary>
    public int Count => BitOperations.PopCount(Mask);

    /// <summary>The set holding one permission bit.</summary>
    public static PermissionSet FromBit(int bit) => new(1UL << bit);

    /// <summary>The set of the given names; BAD_USER_INPUT for a name not in the catalogue.</summary>
    public static PermissionSet FromNames(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var mask = 0UL;
        foreach (var name in names)
        {
            if (name is null || !PermissionCatalogue.TryGetBit(name, out var bit))
            {
                throw PermissionCatalogue.UnknownPermission(name);
            }

            mask |= 1UL << bit;
        }

        return new PermissionSet(mask);
    }

    /// <summary>The set of the given names; BAD_USER_INPUT for a name not in the catalogue.</summary>
    public static PermissionSet Of(params string[] names) => FromNames(names);

    /// <summary>True when the permission at this bit is in the set.</summary>
    public bool Contains(int bit) => (Mask & (1UL << bit)) != 0;

    /// <summary>True when the named permission is in the set; false for names not in the catalogue.</summary>
    public bool Contains(string name) => PermissionCatalogue.TryGetBit(name, out var bit) && Contains(bit);

    /// <summary>True when every permission of <paramref name="other"/> is in this set.</summary>
    public bool ContainsAll(PermissionSet other) => (other.Mask & ~Mask) == 0;

    /// <summary>True when every permission of this set is in <paramref name="other"/>.</summary>
    public bool IsSubsetOf(PermissionSet other) => (Mask & ~other.Mask) == 0;

    public PermissionSet Union(PermissionSet other) => new(Mask | other.Mask);

    public PermissionSet Intersect(PermissionSet other) => new(Mask & other.Mask);

    public PermissionSet Except(PermissionSet other) => new(Mask & ~other.Mask);

    public static PermissionSet operator |(PermissionSet left, PermissionSet right) => left.Union(right);

    public static PermissionSet operator &(PermissionSet left, PermissionSet right) => left.Intersect(right);

    /// <summary>The names in catalogue order, as a new array (for DTOs; use foreach on the hot path).</summary>
    public string[] ToNames()
    {
        var names = new string[Count];
        var i = 0;
        foreach (var name in this)
        {
            names[i++] = name;
        }

        return names;
    }

    public override string ToString() => "[" + string.Join(", ", ToNames()) + "]";

    /// <summary>Enumerates the names in catalogue order without allocating.</summary>
    public Enumerator GetEnumerator() => new(Mask);

    IEnumerator<string> IEnumerable<string>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Walks the set bits, lowest (first in the catalogue) first.</summary>
    public struct Enumerator : IEnumerator<string>
    {
        private ulong _remaining;
        private int _bit;

        internal Enumerator(ulong mask)
        {
            _remaining = mask;
            _bit = -1;
        }

        /// <summary>The bit of the current permission.</summary>
        public readonly int CurrentBit => _bit;

        public readonly string Current => PermissionCatalogue.Get(_bit).Name;

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (_remaining == 0)
            {
                return false;
            }

            _bit = BitOperations.TrailingZeroCount(_remaining);
            _remaining &= _remaining - 1;
            return true;
        }

        public void Reset() => throw new NotSupportedException();

        public readonly void Dispose()
        {
        }
    }
}
