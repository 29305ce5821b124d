using System.Diagnostics;
using System.Text.Json;
using TeamGrains.GraphQL.Tests.Validation;

namespace TeamGrains.GraphQL.Tests.Differential;

/// <summary>
/// Runs a script of the graphql-js harness (tests/graphqljs) with the <c>node</c> found on PATH and
/// returns its JSON output. A missing node or node_modules fails the test (never skips it): CI runs
/// <c>npm ci --prefix tests/graphqljs</c> before the tests.
/// </summary>
internal static class NodeHarness
{
    public static JsonDocument RunJson(params string[] arguments) => JsonDocument.Parse(Run(arguments));

    public static string Run(params string[] arguments)
    {
        var harness = HarnessSchemas.HarnessDirectory;
        if (!Directory.Exists(Path.Combine(harness, "node_modules", "graphql")))
        {
            Assert.Fail($"graphql-js is not installed in {harness}: run `npm ci --prefix tests/graphqljs` first.");
        }

        var start = new ProcessStartInfo(FindNode())
        {
            WorkingDirectory = harness,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Assert.Fail($"node {string.Join(' ', arguments)} exited with {process.ExitCode}: {stderr.Result}");
        }

        return stdout;
    }

    private static string FindNode()
    {
        var names = OperatingSystem.IsWindows() ? new[] { "node.exe" } : ["node"];
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        Assert.Fail("node was not found on PATH: the differential tests need Node.js (20 or later).");
        return string.Empty;
    }
}
