using System.Globalization;
using System.Reflection;

namespace TeamGrains.Silo.Storage.Internal;

/// <summary>One numbered schema migration of one dialect (an embedded <c>Storage/Migrations/&lt;Dialect&gt;/NNNN_name.sql</c>).</summary>
internal sealed record MigrationScript(int Version, string Name, string Sql)
{
    /// <summary>The migrations of <paramref name="dialect"/> embedded in this assembly, in version order.</summary>
    public static IReadOnlyList<MigrationScript> Load(StorageDialect dialect)
    {
        var assembly = typeof(MigrationScript).Assembly;
        var prefix = $"Migrations/{dialect}/";
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[prefix.Length..^".sql".Length];
            var underscore = name.IndexOf('_', StringComparison.Ordinal);
            var number = underscore < 0 ? name : name[..underscore];
            if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"Migration '{resource}' does not start with its number (NNNN_name.sql).");
            }

            scripts.Add(new MigrationScript(version, name, Read(assembly, resource)));
        }

        scripts.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < scripts.Count; i++)
        {
            if (scripts[i].Version == scripts[i - 1].Version)
            {
                throw new InvalidOperationException($"Migrations '{scripts[i - 1].Name}' and '{scripts[i].Name}' share a number.");
            }
        }

        return scripts;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
