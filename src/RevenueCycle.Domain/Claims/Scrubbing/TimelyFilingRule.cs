using static RevenueCycle.Claims.Scrubbing.ScrubText;

namespace RevenueCycle.Claims.Scrubbing;

/// <summary>
/// TIMELY_FILING: the claim reaches the payer within the payer's filing limit, counted in days from the date of
/// service to today (the claim date): an error once today minus the date of service exceeds the payer's
/// timely-filing days, a warning in the last <see cref="WarningDays"/> days so the claim goes out first. A
/// professional claim counts from its earliest date of service (its oldest line is the first to lapse); an
/// institutional one from its through date, as Medicare counts. No limit on file, no check.
/// </summary>
public sealed class TimelyFilingRule : IScrubRule
{
    public const int WarningDays = 14;

    public string Id => "TIMELY_FILING";

    public IEnumerable<ScrubFinding> Check(ScrubClaim claim, ScrubContext context)
    {
        if (claim.Payer.TimelyFilingDays is not { } limit) yield break;
        var from = claim.Form == ScrubClaimForm.Institutional ? claim.ServiceDateTo : claim.ServiceDateFrom;
        var elapsed = context.Today.DayNumber - from.DayNumber;
        var deadline = from.AddDays(limit);
        if (elapsed > limit)
            yield return ScrubFinding.Error(Id, null,
                $"The payer's timely filing limit is {limit} days from the date of service ({Date(from)}); it passed on {Date(deadline)}, {elapsed - limit} days ago. Send it only with proof of timely filing, or write the balance off.");
        else if (limit - elapsed < WarningDays)
            yield return ScrubFinding.Warning(Id, null,
                $"The payer's timely filing limit ({limit} days from {Date(from)}) runs out on {Date(deadline)}. Submit this claim first.");
    }
}
