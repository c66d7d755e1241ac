using System.Globalization;

namespace RevenueCycle.Coding;

/// <summary>What one import changed in the Code table.</summary>
/// <param name="Added">New versions of codes not in force before (new or reactivated).</param>
/// <param name="Changed">Codes re-described (or their billable flag changed): old version closed, new one opened.</param>
/// <param name="Retired">Codes in force before that the release no longer lists, now closed.</param>
/// <param name="Unchanged">Codes the release confirms as stored.</param>
/// <param name="History">Already-retired codes stored as history (legacy lists).</param>
/// <param name="ReplacedSample">Versions of the shipped CPT sample removed because a customer's CPT file replaces it.</param>
/// <param name="AlreadyImportedAs">Set when the same files were imported before; then nothing changed.</param>
/// <param name="ProcessCpu">CPU time the process used meanwhile: on a busy machine it says more than <paramref name="Elapsed"/>.</param>
public sealed record CodeSetImportResult(
    CodeSystem System, string Release, DateOnly EffectiveFrom,
    int Added, int Changed, int Retired, int Unchanged, int History, int ReplacedSample,
    TimeSpan Elapsed, CodeSetRelease? AlreadyImportedAs = null, TimeSpan? ProcessCpu = null)
{
    public bool AlreadyImported => AlreadyImportedAs is not null;

    public override string ToString()
    {
        if (AlreadyImportedAs is { } previous)
            return string.Create(CultureInfo.InvariantCulture,
                $"{System} {Release}: these files were already imported as release {previous.Release} on {previous.ImportedAt:yyyy-MM-dd HH:mm} UTC; nothing changed.");
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{System} {Release} (effective {EffectiveFrom:yyyy-MM-dd}): {Added:N0} added, {Changed:N0} changed, {Retired:N0} retired, {Unchanged:N0} unchanged");
        if (History > 0) text += string.Create(CultureInfo.InvariantCulture, $", {History:N0} legacy kept as history");
        if (ReplacedSample > 0) text += string.Create(CultureInfo.InvariantCulture, $", {ReplacedSample:N0} sample codes replaced");
        text += string.Create(CultureInfo.InvariantCulture, $" in {Elapsed.TotalSeconds:0.0} s");
        return ProcessCpu is { } cpu ? text + string.Create(CultureInfo.InvariantCulture, $" (process CPU {cpu.TotalSeconds:0.0} s)") : text;
    }
}
