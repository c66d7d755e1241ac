namespace RevenueCycle.Ledger;

public class LedgerEntryTests
{
    private static readonly DateTimeOffset At = new(2025, 4, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Claim = Guid.NewGuid();

    [Theory]
    [InlineData("0", LedgerError.AmountNotPositive)]
    [InlineData("-10.00", LedgerError.AmountNotPositive)]
    [InlineData("0.001", LedgerError.AmountHasMoreThanTwoDecimals)]
    [InlineData("99.995", LedgerError.AmountHasMoreThanTwoDecimals)]
    public void Amounts_must_be_positive_whole_cents(string amount, LedgerError error)
    {
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var kind in Enum.GetValues<LedgerEntryKind>())
        {
            var party = kind == LedgerEntryKind.PatientPayment ? LedgerParty.Patient : LedgerParty.Insurance;
            var ex = Assert.Throws<LedgerException>(() => new LedgerEntry(Guid.NewGuid(), kind, value, party, At, Claim));
            Assert.Equal(error, ex.Error);
        }
    }

    [Fact]
    public void Trailing_zeros_are_still_two_places() =>
        Assert.Equal(1.5m, LedgerEntry.Charge(Guid.NewGuid(), 1.500m, At, Claim).Amount);

    [Theory]
    [InlineData(LedgerEntryKind.InsurancePayment, LedgerParty.Patient)]
    [InlineData(LedgerEntryKind.PatientPayment, LedgerParty.Insurance)]
    [InlineData(LedgerEntryKind.TransferToPatient, LedgerParty.Patient)]
    public void Some_kinds_belong_to_one_party(LedgerEntryKind kind, LedgerParty party) =>
        Assert.Equal(LedgerError.WrongParty, Assert.Throws<LedgerException>(() => new LedgerEntry(Guid.NewGuid(), kind, 5m, party, At)).Error);

    [Theory]
    [InlineData(LedgerEntryKind.Charge)]
    [InlineData(LedgerEntryKind.Adjustment)]
    [InlineData(LedgerEntryKind.Refund)]
    [InlineData(LedgerEntryKind.WriteOff)]
    [InlineData(LedgerEntryKind.TransferToPatient)]
    public void Only_payments_can_be_overpayments(LedgerEntryKind kind) =>
        Assert.Equal(LedgerError.OverpaymentFlagNotAllowed,
            Assert.Throws<LedgerException>(() => new LedgerEntry(Guid.NewGuid(), kind, 5m, LedgerParty.Insurance, At, isOverpayment: true)).Error);

    [Theory]
    [InlineData(LedgerEntryKind.Charge, LedgerParty.Insurance, 10, 0)]
    [InlineData(LedgerEntryKind.Charge, LedgerParty.Patient, 0, 10)]
    [InlineData(LedgerEntryKind.InsurancePayment, LedgerParty.Insurance, -10, 0)]
    [InlineData(LedgerEntryKind.Adjustment, LedgerParty.Insurance, -10, 0)]
    [InlineData(LedgerEntryKind.Adjustment, LedgerParty.Patient, 0, -10)]
    [InlineData(LedgerEntryKind.TransferToPatient, LedgerParty.Insurance, -10, 10)]
    [InlineData(LedgerEntryKind.PatientPayment, LedgerParty.Patient, 0, -10)]
    [InlineData(LedgerEntryKind.Refund, LedgerParty.Insurance, 10, 0)]
    [InlineData(LedgerEntryKind.Refund, LedgerParty.Patient, 0, 10)]
    [InlineData(LedgerEntryKind.WriteOff, LedgerParty.Insurance, -10, 0)]
    [InlineData(LedgerEntryKind.WriteOff, LedgerParty.Patient, 0, -10)]
    public void Effects_follow_kind_and_party_and_reversals_negate_them(LedgerEntryKind kind, LedgerParty party, int insurance, int patient)
    {
        var entry = new LedgerEntry(Guid.NewGuid(), kind, 10m, party, At, Claim);
        Assert.Equal((insurance, patient, insurance + patient), ((int)entry.InsuranceEffect, (int)entry.PatientEffect, (int)entry.AccountEffect));

        var reversal = entry.ReversedBy(Guid.NewGuid(), At.AddDays(1), "posted to wrong account");
        Assert.True(reversal.IsReversal);
        Assert.Equal(entry.Id, reversal.Reverses);
        Assert.Equal((-insurance, -patient), ((int)reversal.InsuranceEffect, (int)reversal.PatientEffect));
        Assert.Equal(LedgerError.CannotReverseReversal, Assert.Throws<LedgerException>(() => reversal.ReversedBy(Guid.NewGuid(), At)).Error);
    }

    [Fact]
    public void Totals_read_the_design_formula()
    {
        var entries = new[]
        {
            LedgerEntry.Charge(Guid.NewGuid(), 200m, At, Claim),
            LedgerEntry.InsurancePayment(Guid.NewGuid(), 120m, At, Claim),
            LedgerEntry.Adjustment(Guid.NewGuid(), 50m, At, Claim),
            LedgerEntry.TransferToPatient(Guid.NewGuid(), 30m, At, Claim),
            LedgerEntry.PatientPayment(Guid.NewGuid(), 40m, At, Claim, isOverpayment: true),
            LedgerEntry.Refund(Guid.NewGuid(), 10m, At, Claim, LedgerParty.Patient),
        };
        var totals = LedgerTotals.Of(entries);
        Assert.Equal(new LedgerTotals(200m, 120m, 50m, 0m, 30m, 40m, 10m), totals);
        Assert.Equal(0m, totals.Balance);
        Assert.Equal(0m, LedgerBalances.Claim(entries, Claim));
        Assert.Equal(new Responsibility(0m, 0m), LedgerBalances.Split(entries, Claim));
    }
}
