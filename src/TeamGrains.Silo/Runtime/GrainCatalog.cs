using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Storage;
using TeamGrains.Silo.Storage.Internal;

namespace TeamGrains.Silo.Runtime;

/// <summary>
/// The activations of this node, by grain id: creates and loads them, reloads them after a lost
/// write race, and drops them (idle, requested, changed elsewhere, shutdown).
/// </summary>
internal sealed partial class GrainCatalog(
    IServiceProvider services, TransactionRunner storage, GrainMetrics metrics, TimeProvider time, ILogger<GrainCatalog> logger)
{
    private readonly GrainStateReader _states = new(storage, services);

    private readonly ConcurrentDictionary<GrainId, GrainActivation> _activations = new();
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Now, as a <see cref="TimeProvider"/> timestamp (for idle ages).</summary>
    public long Now => time.GetTimestamp();

    public int Count => _activations.Count;

    public GrainActivation GetOrCreate(GrainId id, GrainRegistration registration)
        => _activations.TryGetValue(id, out var activation)
            ? activation
            : _activations.GetOrAdd(id, static (key, state) => new GrainActivation(key, state.registration, state.catalog), (registration, catalog: this));

    public bool TryGet(GrainId id, out GrainActivation activation) => _activations.TryGetValue(id, out activation!);

    /// <summary>Takes a no longer valid activation out of the catalog (if it is still the one there).</summary>
    public void Forget(GrainActivation activation)
        => _activations.TryRemove(new KeyValuePair<GrainId, GrainActivation>(activation.Id, activation));

    /// <summary>Loads state and runs OnActivateAsync; on failure the activation leaves the catalog.</summary>
    public async Task ActivateAsync(GrainActivation activation)
    {
        activation.SetState(ActivationState.Activating);
        try
        {
            var (grain, position) = await LoadAsync(activation).ConfigureAwait(false);
            activation.Grain = grain;
            activation.LoadedPosition = position;
            activation.LastUsed = Now;
            activation.TryTransition(ActivationState.Activating, ActivationState.Valid);
            metrics.ActivationAdded(activation.Registration.TypeName);
            Log.Activated(logger, activation.Id, position);
        }
        catch (Exception exception)
        {
            activation.SetState(ActivationState.Invalid);
            Forget(activation);
            Log.ActivationFailed(logger, activation.Id, exception);
            throw Unavailable(exception);
        }

        // A change that arrived while the state was loading may be newer than what was read.
        if (activation.LastChange > activation.LoadedPosition)
        {
            Deactivate(activation, DeactivationReason.StateChanged);
        }
    }

    /// <summary>Replaces the grain instance with one loaded afresh; the caller holds the turn.</summary>
    public async Task ReloadAsync(GrainActivation activation)
    {
        await DeactivateInstanceAsync(activation, DeactivationReason.StateChanged).ConfigureAwait(false);
        try
        {
            var (grain, position) = await LoadAsync(activation).ConfigureAwait(false);
            activation.Grain = grain;
            activation.LoadedPosition = position;
        }
        catch (Exception exception)
        {
            if (activation.TryTransition(ActivationState.Valid, ActivationState.Invalid))
            {
                metrics.ActivationRemoved(activation.Registration.TypeName);
            }

            Forget(activation);
            Log.ActivationFailed(logger, activation.Id, exception);
            throw Unavailable(exception);
        }
    }

    private async Task<(Grain Grain, long Position)> LoadAsync(GrainActivation activation)
    {
        var grain = activation.Registration.CreateInstance(services);
        grain.GrainId = activation.Id;
        grain.GrainKey = activation.Id.Key;
        grain.GrainFactory = services.GetRequiredService<IGrainFactory>();
        grain.Activation = activation;
        grain.Runtime = services.GetRequiredService<GrainStateWriter>();

        var position = await _states.LoadAsync(grain, activation.Registration.StateLoader, _stopping.Token).ConfigureAwait(false);
        await grain.OnActivateAsync(_stopping.Token).ConfigureAwait(false);
        return (grain, position);
    }

    private static Exception Unavailable(Exception exception) => exception switch
    {
        TeamGrainsException => exception,
        DbException or TimeoutException => new TeamGrainsException(ErrorCodes.Unavailable, "Storage is unavailable; retry the request."),
        _ => exception,
    };
}
