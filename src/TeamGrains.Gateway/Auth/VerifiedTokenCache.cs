using System.Collections.Concurrent;
using TeamGrains.Gateway.Execution;

namespace TeamGrains.Gateway.Auth;

/// <summary>
/// Remembers development tokens and external JWTs that were valid a moment ago, so that a client
/// sending the same token thousands of times a second pays for the signature check and the user
/// look-up once per <see cref="Lifetime"/>. API keys are never cached: a revoked key must fail at once.
/// </summary>
public sealed class VerifiedTokenCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, (GatewayCaller Caller, DateTimeOffset Until)> _entries = new(StringComparer.Ordinal);

    public GatewayCaller? Get(string token)
    {
        if (_entries.TryGetValue(token, out var entry))
        {
            if (entry.Until > clock.GetUtcNow())
            {
                return entry.Caller;
            }

            _entries.TryRemove(token, out _);
        }

        return null;
    }

    /// <summary>Remembers a verified token, never beyond its own expiry.</summary>
    public void Add(string token, GatewayCaller caller, DateTimeOffset tokenExpires)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear(); // A crude bound: active clients re-verify once and are cached again.
        }

        var until = clock.GetUtcNow().Add(Lifetime);
        _entries[token] = (caller, until < tokenExpires ? until : tokenExpires);
    }
}
