namespace RevenueCycle.Claims.Scrubbing;

/// <summary>One problem a rule found, worded for the biller: what is wrong and what to do about it.</summary>
/// <param name="RuleId">The rule's stable id (<see cref="IScrubRule.Id"/>), for filtering and reporting.</param>
/// <param name="LineNumber">The service line concerned, or null for the claim as a whole.</param>
public sealed record ScrubFinding(string RuleId, ScrubSeverity Severity, int? LineNumber, string Message)
{
    public static ScrubFinding Error(string ruleId, int? lineNumber, string message) => new(ruleId, ScrubSeverity.Error, lineNumber, message);

    public static ScrubFinding Warning(string ruleId, int? lineNumber, string message) => new(ruleId, ScrubSeverity.Warning, lineNumber, message);
}
