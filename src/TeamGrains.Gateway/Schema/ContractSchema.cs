namespace TeamGrains.Gateway.Schema;

/// <summary>
/// The product contract's schema (a copy of shared/contract/schema.graphql, embedded; a test checks
/// that the copy still matches the contract).
/// </summary>
public static class ContractSchema
{
    private static readonly Lazy<string> Text = new(() =>
    {
        using var stream = typeof(ContractSchema).Assembly.GetManifestResourceStream("TeamGrains.Gateway.Schema.schema.graphql")
            ?? throw new InvalidOperationException("The contract schema resource is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static string Sdl => Text.Value;
}
