using BenchmarkDotNet.Running;
using RevenueCycle.Benchmarks;
using RevenueCycle.Data;

if (args is ["allocations", var workload, ..])
{
    await AllocationProfile.RunAsync(workload, args.Length > 2 ? int.Parse(args[2]) : 3000);
    return;
}

// Import once, before BenchmarkDotNet starts timing anything (its in-process runs have a time limit).
await CodeSearchBenchmarks.PrepareAsync(DatabaseProvider.Sqlite);
if (CodeSearchBenchmarks.PostgresConnectionString is not null) await CodeSearchBenchmarks.PrepareAsync(DatabaseProvider.Postgres);

// dotnet run -c Release --project tests/RevenueCycle.Benchmarks -- --filter '*'   (docs/performance.md)
BenchmarkSwitcher.FromAssembly(typeof(CodeSearchBenchmarks).Assembly).Run(args);
