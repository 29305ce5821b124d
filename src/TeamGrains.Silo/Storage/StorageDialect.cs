namespace TeamGrains.Silo.Storage;

/// <summary>Which SQL dialect a transaction speaks, for the few statements that differ.</summary>
public enum StorageDialect
{
    PostgreSql,
    Sqlite,
}
