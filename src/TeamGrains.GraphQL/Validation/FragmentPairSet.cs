namespace TeamGrains.GraphQL.Validation;

/// <summary>
/// Unordered fragment-name pairs already compared, with whether they were compared as mutually
/// exclusive: a pair compared without exclusivity covers the exclusive case too, not the reverse.
/// </summary>
internal sealed class FragmentPairSet
{
    private readonly Dictionary<(string, string), bool> _pairs = [];

    public bool Has(string a, string b, bool mutuallyExclusive)
    {
        if (!_pairs.TryGetValue(Key(a, b), out var storedExclusive))
        {
            return false;
        }

        return mutuallyExclusive || !storedExclusive;
    }

    public void Add(string a, string b, bool mutuallyExclusive) => _pairs[Key(a, b)] = mutuallyExclusive;

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
