namespace TeamGrains.Silo.Storage;

/// <summary>The database refused a row that breaks a unique constraint (SQLSTATE 23505, SQLITE_CONSTRAINT_UNIQUE/PRIMARYKEY).</summary>
public sealed class UniqueViolationException : Exception
{
    public UniqueViolationException(string? constraintName, Exception inner)
        : base($"Unique constraint violated: {constraintName}", inner)
    {
        ConstraintName = constraintName;
    }

    /// <summary>The constraint's name where the provider reports it (PostgreSQL does; SQLite gives the columns in the message).</summary>
    public string? ConstraintName { get; }
}
