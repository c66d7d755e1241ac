namespace RevenueCycle.Ledger;

public class PatientLedgerTests
{
    private static readonly DateTimeOffset At = new(2025, 4, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly Guid _claim = Guid.NewGuid();

    [Fact]
    public void An_era_posting_moves_the_remainder_to_the_patient()
    {
        var ledger = new PatientLedger();
        ledger.Post(LedgerEntry.Charge(Guid.NewGuid(), 200m, At, _claim));
        ledger.Post(LedgerEntry.InsurancePayment(Guid.NewGuid(), 120m, At, _claim));
        ledger.Post(LedgerEntry.Adjustment(Guid.NewGuid(), 50m, At, _claim, memo: "CO-45"));
        ledger.Post(LedgerEntry.TransferToPatient(Guid.NewGuid(), 30m, At, _claim, memo: "PR-2"));

        Assert.Equal(30m, ledger.ClaimBalance(_claim));
        Assert.Equal(new Responsibility(0m, 30m), ledger.ClaimResponsibility(_claim));

        ledger.Post(LedgerEntry.PatientPayment(Guid.NewGuid(), 30m, At, _claim));
        Assert.Equal(0m, ledger.Balance);
    }

    [Fact]
    public void Posting_the_same_entry_again_is_a_no_op_but_a_different_one_under_its_id_is_refused()
    {
        var ledger = new PatientLedger();
        var charge = LedgerEntry.Charge(Guid.NewGuid(), 80m, At, _claim);
        Assert.True(ledger.Post(charge));
        Assert.False(ledger.Post(LedgerEntry.Charge(charge.Id, 80m, At, _claim)));
        Assert.Single(ledger.Entries);

        var ex = Assert.Throws<LedgerException>(() => ledger.Post(LedgerEntry.Charge(charge.Id, 81m, At, _claim)));
        Assert.Equal(LedgerError.DuplicateEntryId, ex.Error);
    }

    [Fact]
    public void Payments_beyond_the_open_balance_need_the_overpayment_flag_and_leave_a_credit()
    {
        var ledger = new PatientLedger();
        ledger.Post(LedgerEntry.Charge(Guid.NewGuid(), 100m, At, _claim));

        var refused = Assert.Throws<LedgerException>(() => ledger.Post(LedgerEntry.InsurancePayment(Guid.NewGuid(), 100.01m, At, _claim)));
        Assert.Equal(LedgerError.Overpayment, refused.Error);
        Assert.Single(ledger.Entries);

        ledger.Post(LedgerEntry.InsurancePayment(Guid.NewGuid(), 130m, At, _claim, isOverpayment: true));
        Assert.Equal(-30m, ledger.ClaimBalance(_claim));

        Assert.Equal(LedgerError.RefundExceedsCredit,
            Assert.Throws<LedgerException>(() => ledger.Post(LedgerEntry.Refund(Guid.NewGuid(), 30.01m, At, _claim, LedgerParty.Insurance))).Error);
        Assert.Equal(LedgerError.RefundExceedsCredit,
            Assert.Throws<LedgerException>(() => ledger.Post(LedgerEntry.Refund(Guid.NewGuid(), 1m, At, _claim, LedgerParty.Patient))).Error);
        ledger.Post(LedgerEntry.Refund(Guid.NewGuid(), 30m, At, _claim, LedgerParty.Insurance));
        Assert.Equal(0m, ledger.Balance);
    }

    [Fact]
    public void A_copay_collected_before_the_charge_is_an_account_credit()
    {
        var ledger = new PatientLedger();
        Assert.Equal(LedgerError.Overpayment,
            Assert.Throws<LedgerException>(() => ledger.Post(LedgerEntry.PatientPayment(Guid.NewGuid(), 25m, At))).Error);
        ledger.Post(LedgerEntry.PatientPayment(Guid.NewGuid(), 25m, At, isOverpayment: true, memo: "copay at check-in"));
        Assert.Equal(new Responsibility(0m, -25m), ledger.Responsibility);
    }

    [Theory]
    [InlineData(LedgerEntryKind.Adjustment)]
    [InlineData(LedgerEntryKind.WriteOff)]
    [InlineData(LedgerEntryKind.TransferToPatient)]
    public void Adjustments_write_offs_and_transfers_never_exceed_what_is_open(LedgerEntryKind kind)
    {
        var ledger = new PatientLedger([LedgerEntry.Charge(Guid.NewGuid(), 50m, At, _claim)]);
        var ex = Assert.Throws<LedgerException>(() => ledger.Post(new LedgerEntry(Guid.NewGuid(), kind, 50.01m, LedgerParty.Insurance, At, _claim)));
        Assert.Equal(LedgerError.ExceedsOpenBalance, ex.Error);
        ledger.Post(new LedgerEntry(Guid.NewGuid(), kind, 50m, LedgerParty.Insurance, At, _claim));
        Assert.Equal(0m, ledger.ClaimResponsibility(_claim).Insurance);
    }

    [Fact]
    public void Reversals_are_checked_against_their_target()
    {
        var payment = LedgerEntry.InsurancePayment(Guid.NewGuid(), 60m, At, _claim);
        var ledger = new PatientLedger([LedgerEntry.Charge(Guid.NewGuid(), 100m, At, _claim), payment]);

        Assert.Equal(LedgerError.ReversalTargetNotFound, Assert.Throws<LedgerException>(() => ledger.Reverse(Guid.NewGuid(), Guid.NewGuid(), At)).Error);
        var mismatch = new LedgerEntry(Guid.NewGuid(), LedgerEntryKind.InsurancePayment, 59m, LedgerParty.Insurance, At, _claim, reverses: payment.Id);
        Assert.Equal(LedgerError.ReversalMismatch, Assert.Throws<LedgerException>(() => ledger.Post(mismatch)).Error);

        var reversal = ledger.Reverse(payment.Id, Guid.NewGuid(), At, "payer recoupment");
        Assert.True(ledger.IsReversed(payment.Id));
        Assert.Equal(100m, ledger.Balance);
        Assert.Equal(LedgerError.AlreadyReversed, Assert.Throws<LedgerException>(() => ledger.Reverse(payment.Id, Guid.NewGuid(), At)).Error);
        Assert.Equal(LedgerError.CannotReverseReversal, Assert.Throws<LedgerException>(() => ledger.Reverse(reversal.Id, Guid.NewGuid(), At)).Error);
        var reversalOfReversal = new LedgerEntry(Guid.NewGuid(), reversal.Kind, reversal.Amount, reversal.Party, At, _claim, reverses: reversal.Id);
        Assert.Equal(LedgerError.CannotReverseReversal, Assert.Throws<LedgerException>(() => ledger.Post(reversalOfReversal)).Error);
    }

    [Fact]
    public void A_reversal_may_create_a_credit_because_undoing_a_mistake_is_always_allowed()
    {
        var charge = LedgerEntry.Charge(Guid.NewGuid(), 100m, At, _claim);
        var ledger = new PatientLedger([charge, LedgerEntry.InsurancePayment(Guid.NewGuid(), 100m, At, _claim)]);
        ledger.Reverse(charge.Id, Guid.NewGuid(), At, "charged the wrong patient");
        Assert.Equal(-100m, ledger.Balance);
    }

    [Fact]
    public void History_is_revalidated_when_loaded()
    {
        var ex = Assert.Throws<LedgerException>(() => new PatientLedger([LedgerEntry.InsurancePayment(Guid.NewGuid(), 5m, At, _claim)]));
        Assert.Equal(LedgerError.Overpayment, ex.Error);
    }
}
