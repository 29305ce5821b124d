using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Shared;

/// <summary>
/// "column is one of a list parameter", per dialect: Dapper sends a list to Npgsql as one array parameter
/// (<c>= ANY(@p)</c>) and expands it to <c>IN (@p1, @p2, …)</c> elsewhere.
/// </summary>
internal static class SqlLists
{
    public static string In(StorageDialect dialect, string column, string parameter)
        => dialect == StorageDialect.PostgreSql ? $"{column} = ANY(@{parameter})" : $"{column} IN @{parameter}";
}
