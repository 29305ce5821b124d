using BenchmarkDotNet.Running;
using TeamGrains.Benchmarks.Silo;

// `-- memory [users] [sqlite|postgres]` measures resident memory per membership, `-- mutations [seconds]
// [concurrency]` role changes per second into the silo on PostgreSQL (neither uses BenchmarkDotNet);
// everything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "memory")
{
    return await MemoryFootprint.RunAsync(args, Console.Out);
}

if (args.Length > 0 && args[0] == "mutations")
{
    return await MutationThroughput.RunAsync(args, Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
