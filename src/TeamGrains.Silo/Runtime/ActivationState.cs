namespace TeamGrains.Silo.Runtime;

/// <summary>
/// The life of one activation (after Orleans' ActivationState):
/// Creating → Activating → Valid → Deactivating → Invalid. Only a Valid activation takes calls in
/// its turn; a call that finds it Deactivating or Invalid goes back to the catalog for a fresh one.
/// </summary>
internal enum ActivationState
{
    /// <summary>In the catalog, state not loaded yet.</summary>
    Creating,

    /// <summary>Loading state and running OnActivateAsync.</summary>
    Activating,

    /// <summary>Serving calls.</summary>
    Valid,

    /// <summary>Out of the catalog; finishing its current turn, then OnDeactivateAsync.</summary>
    Deactivating,

    /// <summary>Done (deactivated, or activation failed).</summary>
    Invalid,
}
