using static RevenueCycle.Claims.Scrubbing.ScrubText;

namespace RevenueCycle.Claims.Scrubbing;

/// <summary>
/// UNITS_AND_CHARGES: each line bills a positive number of units for a positive charge, and the claim's total
/// charge (CLM02) equals the sum of its lines, which the 837 requires and clearinghouses check.
/// </summary>
public sealed class UnitsAndChargesRule : IScrubRule
{
    public string Id => "UNITS_AND_CHARGES";

    public IEnumerable<ScrubFinding> Check(ScrubClaim claim, ScrubContext context)
    {
        foreach (var line in claim.Lines)
        {
            if (line.Units <= 0)
                yield return ScrubFinding.Error(Id, line.LineNumber,
                    $"Line {line.LineNumber} bills {Number(line.Units)} units. Enter the number of units performed (at least one), or delete the line.");
            if (line.Charge <= 0)
                yield return ScrubFinding.Error(Id, line.LineNumber,
                    $"Line {line.LineNumber} charges {Money(line.Charge)}. Enter the practice's fee for the service; a free service is still billed at the usual fee.");
        }

        var sum = claim.Lines.Sum(l => l.Charge);
        if (claim.Lines.Count > 0 && claim.TotalCharge != sum)
            yield return ScrubFinding.Error(Id, null,
                $"The claim's total charge {Money(claim.TotalCharge)} is not the sum of its lines ({Money(sum)}). Save the claim again so that the total is recomputed.");
    }
}
