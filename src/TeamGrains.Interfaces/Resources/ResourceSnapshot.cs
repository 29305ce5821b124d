namespace TeamGrains.Interfaces.Resources;

/// <summary>A resource with all its bindings, as permission evaluation reads it.</summary>
public sealed record ResourceSnapshot(ResourceDto Resource, IReadOnlyList<ResourceAccessDto> Bindings);
