namespace RevenueCycle.X12;

/// <summary>Deterministic synthetic remittances for size and round-trip tests.</summary>
internal static class LargeRemittance
{
    private static readonly string[] Procedures = ["99213", "99214", "93000", "J3301", "G0438", "80053"];
    private static readonly string[] Reasons = ["45", "253", "97", "16", "B7"];

    public static RemittanceAdvice Create(int claimCount, int seed)
    {
        var random = new Random(seed);
        var claims = new List<RemittanceClaim>(claimCount);
        for (var i = 0; i < claimCount; i++) claims.Add(Claim(random, i));
        var adjustments = new List<ProviderAdjustment>
        {
            new("1234567893", new DateOnly(2024, 12, 31), "WO", "CLM000001", 12.34m),
            new("1234567893", new DateOnly(2024, 12, 31), "L6", null, -0.56m),
        };
        var paid = claims.Sum(c => c.Paid) - adjustments.Sum(a => a.Amount);
        return new RemittanceAdvice
        {
            ControlNumber = "0001",
            Payment = new RemittancePayment("I", paid, "C", "ACH", "CCP", new DateOnly(2024, 1, 5)),
            TraceNumber = $"EFT{seed:D8}",
            TraceOriginatorId = "1999999999",
            ProductionDate = new DateOnly(2024, 1, 4),
            Payer = new RemittancePayer("ACME HEALTH PLAN", "60054"),
            Payee = new RemittancePayee("RIVERSIDE CLINIC", "1234567893", "123456789"),
            Claims = claims,
            ProviderAdjustments = adjustments,
        };
    }

    private static RemittanceClaim Claim(Random random, int index)
    {
        var lineCount = random.Next(1, 4);
        var lines = new List<RemittanceServiceLine>();
        for (var l = 0; l < lineCount; l++)
        {
            var charge = random.Next(2_000, 40_000) / 100m;
            var allowed = decimal.Round(charge * 0.8m, 2);
            var patientShare = l == 0 ? Math.Min(20m, allowed) : 0m;
            lines.Add(new RemittanceServiceLine
            {
                ProcedureCode = Procedures[random.Next(Procedures.Length)],
                Modifiers = random.Next(4) == 0 ? ["25"] : [],
                Charge = charge,
                Paid = allowed - patientShare,
                Units = random.Next(1, 3),
                ServiceDate = new DateOnly(2023, 12, 1).AddDays(random.Next(30)),
                Adjustments = patientShare > 0
                    ? [new ClaimAdjustment("CO", Reasons[random.Next(Reasons.Length)], charge - allowed), new ClaimAdjustment("PR", "2", patientShare)]
                    : [new ClaimAdjustment("CO", Reasons[random.Next(Reasons.Length)], charge - allowed)],
                RemarkCodes = random.Next(5) == 0 ? ["N130"] : [],
                LineControlNumber = $"L{index}-{l + 1}",
                AllowedAmount = allowed,
            });
        }
        return new RemittanceClaim
        {
            PatientControlNumber = $"CLM{index:D6}",
            StatusCode = "1",
            TotalCharge = lines.Sum(l => l.Charge),
            Paid = lines.Sum(l => l.Paid),
            PatientResponsibility = lines.Sum(l => l.Adjustments.Where(a => a.GroupCode == "PR").Sum(a => a.Amount)),
            ClaimFilingIndicator = "CI",
            PayerClaimControlNumber = $"PCN{index:D8}",
            PatientName = new PartyName($"PATIENT{index}", "ALEX", Suffix: index % 50 == 0 ? "JR" : null),
            PatientIdQualifier = "MI",
            PatientId = $"M{index:D9}",
            StatementFrom = lines.Min(l => l.ServiceDate),
            StatementTo = lines.Max(l => l.ServiceDate),
            RemarkCodes = index % 7 == 0 ? ["MA01"] : [],
            Lines = lines,
        };
    }
}
