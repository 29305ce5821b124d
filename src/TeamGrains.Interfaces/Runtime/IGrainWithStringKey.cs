namespace TeamGrains.Interfaces.Runtime;

/// <summary>Marks a grain interface whose grains are addressed by a string key (Orleans' IGrainWithStringKey).</summary>
public interface IGrainWithStringKey
{
}
