using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/RevenueCycle.Benchmarks -- --filter '*'   (docs/performance.md, "Benchmarks")
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
