using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace RevenueCycle.Coding;

/// <summary>
/// Where the code-set files are: <c>CodeSets:Folder</c> when configured, else <c>codesets</c> in the shared data
/// folder (<see cref="SharedData"/>: REVENUECYCLE_DATA, or ../shared/data found above the content root).
/// </summary>
public static class CodeSetFolder
{
    public static string Find(IServiceProvider services)
    {
        var configured = services.GetRequiredService<IConfiguration>()["CodeSets:Folder"];
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured);
        var data = SharedData.TryFind(services.GetRequiredService<IHostEnvironment>().ContentRootPath) ?? SharedData.Find();
        return Path.Combine(data, "codesets");
    }
}
