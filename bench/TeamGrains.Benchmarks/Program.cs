using BenchmarkDotNet.Running;
using TeamGrains.Benchmarks.Silo;

// `-- memory [users] [sqlite|postgres]` measures resident memory per membership (no BenchmarkDotNet);
// everything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "memory")
{
    return await MemoryFootprint.RunAsync(args, Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
