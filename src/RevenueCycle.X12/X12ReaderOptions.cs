namespace RevenueCycle.X12;

/// <summary>How strictly the envelope trailers are checked.</summary>
public sealed record X12ReaderOptions
{
    /// <summary>Any count or control-number mismatch in SE, GE or IEA throws.</summary>
    public static X12ReaderOptions Strict { get; } = new();

    /// <summary>Both tolerances below. The structure itself (ISA…GS…ST…SE…GE…IEA nesting, numeric counts,
    /// amounts, required elements) is still enforced.</summary>
    public static X12ReaderOptions Lenient { get; } = new() { TolerateEnvelopeMismatches = true, TolerateInvalidDates = true };

    /// <summary>
    /// SE/GE/IEA count and control-number mismatches are recorded in <see cref="Interchange.Warnings"/> instead of
    /// thrown. Some published files carry stale counts (edited by hand after they were generated).
    /// </summary>
    public bool TolerateEnvelopeMismatches { get; init; }

    /// <summary>
    /// A date that is not a calendar date in an optional date field (BPR16, DTM, DTP, DMG, STC02) is read as null
    /// instead of thrown. Required dates (PLB02) and all amounts are still checked.
    /// </summary>
    public bool TolerateInvalidDates { get; init; }
}
