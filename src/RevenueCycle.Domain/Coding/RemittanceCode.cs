namespace RevenueCycle.Coding;

/// <summary>A claim adjustment reason code (CARC), remark code (RARC) or adjustment group code with its wording.</summary>
public sealed record RemittanceCode(string Code, string Description);
