namespace TeamGrains.GraphQL.Types;

/// <summary>The SDL or the bindings break a type-system rule (spec 3); <see cref="Errors"/> lists every problem found.</summary>
public sealed class SchemaValidationException : Exception
{
    public SchemaValidationException(IReadOnlyList<string> errors)
        : base("Invalid schema:\n- " + string.Join("\n- ", errors))
    {
        Errors = errors;
    }

    public SchemaValidationException()
        : this(["Invalid schema."])
    {
    }

    public SchemaValidationException(string message)
        : this([message])
    {
    }

    public SchemaValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    public IReadOnlyList<string> Errors { get; }
}
