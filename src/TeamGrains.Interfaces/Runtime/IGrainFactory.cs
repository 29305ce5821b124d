namespace TeamGrains.Interfaces.Runtime;

/// <summary>Hands out references to grains; a reference is cheap and activates its grain on first call.</summary>
public interface IGrainFactory
{
    /// <summary>A reference to the grain of interface <typeparamref name="TGrain"/> with this key.</summary>
    TGrain GetGrain<TGrain>(string key)
        where TGrain : IGrainWithStringKey;
}
