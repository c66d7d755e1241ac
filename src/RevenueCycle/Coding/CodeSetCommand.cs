using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RevenueCycle.Data;

namespace RevenueCycle.Coding;

/// <summary>
/// <c>import-codes [--system ICD10CM|HCPCS|CPT|CARC|RARC] [--file path] [--release name] [--effective yyyy-MM-dd]</c>:
/// imports code sets into the configured database with progress on the console. Without --file it takes the
/// system's files from the code-set folder (shared/data/codesets, or CodeSets:Folder); without --system, all.
/// </summary>
public static class CodeSetCommand
{
    public const string Name = "import-codes";
    public static readonly string[] Systems = ["ICD10CM", "HCPCS", "CPT", "CARC", "RARC"];

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken = default)
    {
        try
        {
            var options = Options(args);
            var system = options.GetValueOrDefault("system")?.ToUpperInvariant();
            var file = options.GetValueOrDefault("file");
            if (system is not null && !Systems.Contains(system))
                throw new ArgumentException($"Unknown --system '{system}'; use {string.Join(", ", Systems)}.");
            if (file is not null && system is null) throw new ArgumentException("--file needs --system to say what the file holds.");
            DateOnly? effective = options.GetValueOrDefault("effective") is { } text
                ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : null;

            var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            if (database.ShouldMigrateOnStartup)
                await DatabaseInitializer.MigrateAsync(services, services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CodeSetCommand)), cancellationToken);

            IEnumerable<Func<IReadOnlyList<CodeSetImport>>> sources = file is not null
                ? [() => CodeSetSources.FromFile(system!, Path.GetFullPath(file), options.GetValueOrDefault("release"), effective)]
                : (system is null ? Systems : [system]).Select(s => (Func<IReadOnlyList<CodeSetImport>>)(() =>
                    CodeSetSources.FromFolder(CodeSetFolder.Find(services), s)));

            var progress = new ConsoleProgress(output);
            foreach (var source in sources)
            {
                foreach (var import in source())
                {
                    await using var scope = services.CreateAsyncScope();
                    var importer = scope.ServiceProvider.GetRequiredService<CodeSetImporter>();
                    var result = await importer.ImportAsync(import, progress, cancellationToken);
                    progress.Done();
                    output.WriteLine(result);
                }
            }
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or CodeSetFormatException or IOException or DbUpdateException)
        {
            output.WriteLine();
            output.WriteLine("import-codes failed, nothing of the failing release was written: " + e.Message);
            return 1;
        }
    }

    private static Dictionary<string, string> Options(IReadOnlyList<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) continue;
            var pair = args[i][2..].Split('=', 2);
            if (pair.Length == 2) options[pair[0]] = pair[1];
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) options[pair[0]] = args[++i];
        }
        return options;
    }

    /// <summary>Writes progress synchronously (Progress&lt;T&gt; would post it out of order); one line per stage, the row count rewritten in place.</summary>
    private sealed class ConsoleProgress(TextWriter output) : IProgress<CodeSetImportProgress>
    {
        private string? _stage;

        public void Report(CodeSetImportProgress value)
        {
            var stage = value.System + value.Release + value.Stage;
            if (_stage is not null && stage != _stage) output.WriteLine();
            _stage = stage;
            output.Write("\r" + value);
        }

        public void Done()
        {
            if (_stage is not null) output.WriteLine();
            _stage = null;
        }
    }
}
