namespace RevenueCycle.Benchmarks;

/// <summary><c>-- allocations W1|W2 [runs]</c>: the claim page's allocations by type (docs/performance.md).</summary>
public static class AllocationProfile
{
    public static async Task RunAsync(string workload, int runs)
    {
        var page = new ClaimPageBenchmarks();
        await page.SetupAsync();
        try
        {
            Func<Task> run = workload == "W1" ? page.W1_claim_page_scalars : page.W2_claim_page_with_payer_patient_lines;
            for (var i = 0; i < 500; i++) await run();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            using var sampler = new AllocationSampler();
            for (var i = 0; i < runs; i++) await run();
            var perRun = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)runs;
            await Task.Delay(1000); // runtime events arrive on their own thread
            Console.WriteLine($"{workload}: {perRun / 1024:F1} KB allocated per execution over {runs} runs; sampled {sampler.Total / 1024 / 1024} MB");
            foreach (var (type, bytes) in sampler.Top(45))
                Console.WriteLine($"{bytes * 100.0 / sampler.Total,6:F2} %  {bytes / (double)runs / 1024,7:F1} KB  {type}");
        }
        finally
        {
            await page.CleanupAsync();
        }
    }
}
