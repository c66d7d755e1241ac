namespace RevenueCycle.Ledger;

/// <summary>
/// Random but seeded scenarios: every run replays the same operations, and a failure names its seed and step.
/// The test keeps its own model of who owes what, written independently of the production effects.
/// </summary>
public class LedgerPropertyTests
{
    private const int Scenarios = 400;
    private const int StepsPerScenario = 60;
    private static readonly DateTimeOffset Start = new(2025, 1, 6, 8, 0, 0, TimeSpan.Zero);

    public static TheoryData<int> SeedBatches() => new(Enumerable.Range(0, 8));

    [Theory]
    [MemberData(nameof(SeedBatches))]
    public void Random_postings_keep_every_invariant(int batch)
    {
        for (var seed = batch * Scenarios / 8; seed < (batch + 1) * Scenarios / 8; seed++)
            new Scenario(seed).Run();
    }

    private sealed class Scenario
    {
        private readonly Random _rng;
        private readonly int _seed;
        private readonly PatientLedger _ledger = new();
        private readonly Guid[] _claims;
        // Model: what insurance and the patient owe per scope; Guid.Empty is the account-level (unapplied) scope.
        private readonly Dictionary<Guid, (decimal Insurance, decimal Patient)> _model = [];
        private int _step;

        public Scenario(int seed)
        {
            _seed = seed;
            _rng = new Random(seed);
            _claims = Enumerable.Range(0, 1 + _rng.Next(3)).Select(_ => NewId()).ToArray();
            foreach (var scope in _claims.Append(Guid.Empty)) _model[scope] = (0m, 0m);
        }

        public void Run()
        {
            for (_step = 0; _step < StepsPerScenario; _step++)
            {
                var before = _ledger.Entries.ToList();
                switch (_rng.Next(10))
                {
                    case 0 or 1: Charge(); break;
                    case 2: InsurancePayment(); break;
                    case 3: Adjust(LedgerEntryKind.Adjustment); break;
                    case 4: Adjust(LedgerEntryKind.WriteOff); break;
                    case 5: TransferToPatient(); break;
                    case 6: PatientPayment(); break;
                    case 7: Refund(); break;
                    case 8: ReverseSomething(); break;
                    default: AttemptSomethingInvalid(); break;
                }
                Check(before);
            }
            UndoEverything();
        }

        private void Charge()
        {
            var scope = AnyScope();
            var party = _rng.Next(4) == 0 ? LedgerParty.Patient : LedgerParty.Insurance;
            var amount = Cents(1, 500_00);
            Post(LedgerEntry.Charge(NewId(), amount, Now, ClaimOf(scope), party), scope, party == LedgerParty.Insurance ? (amount, 0m) : (0m, amount));
        }

        private void InsurancePayment()
        {
            var scope = AnyClaim();
            var open = _model[scope].Insurance;
            var over = _rng.Next(6) == 0;
            if (!over && open < 0.01m) return;
            var amount = over ? Cents(1, 300_00) : Cents(1, ToCents(open));
            Post(LedgerEntry.InsurancePayment(NewId(), amount, Now, scope, isOverpayment: over), scope, (-amount, 0m));
        }

        private void Adjust(LedgerEntryKind kind)
        {
            var scope = AnyScope();
            var party = _rng.Next(2) == 0 ? LedgerParty.Patient : LedgerParty.Insurance;
            var open = Open(scope, party);
            if (open < 0.01m) return;
            var amount = Cents(1, ToCents(open));
            Post(new LedgerEntry(NewId(), kind, amount, party, Now, ClaimOf(scope)), scope, party == LedgerParty.Insurance ? (-amount, 0m) : (0m, -amount));
        }

        private void TransferToPatient()
        {
            var scope = AnyScope();
            var open = Open(scope, LedgerParty.Insurance);
            if (open < 0.01m) return;
            var amount = Cents(1, ToCents(open));
            Post(LedgerEntry.TransferToPatient(NewId(), amount, Now, ClaimOf(scope)), scope, (-amount, amount));
        }

        private void PatientPayment()
        {
            var scope = AnyScope();
            var open = Open(scope, LedgerParty.Patient);
            var over = _rng.Next(5) == 0;
            if (!over && open < 0.01m) return;
            var amount = over ? Cents(1, 100_00) : Cents(1, ToCents(open));
            Post(LedgerEntry.PatientPayment(NewId(), amount, Now, ClaimOf(scope), isOverpayment: over), scope, (0m, -amount));
        }

        private void Refund()
        {
            var scope = AnyScope();
            var party = Open(scope, LedgerParty.Insurance) < Open(scope, LedgerParty.Patient) ? LedgerParty.Insurance : LedgerParty.Patient;
            var credit = -Open(scope, party);
            if (credit < 0.01m) return;
            var amount = Cents(1, ToCents(credit));
            Post(LedgerEntry.Refund(NewId(), amount, Now, ClaimOf(scope), party), scope, party == LedgerParty.Insurance ? (amount, 0m) : (0m, amount));
        }

        private void ReverseSomething()
        {
            var candidates = _ledger.Entries.Where(e => !e.IsReversal && !_ledger.IsReversed(e.Id)).ToList();
            if (candidates.Count == 0) return;
            var target = candidates[_rng.Next(candidates.Count)];
            var wasLast = ReferenceEquals(target, _ledger.Entries[^1]);
            var balanceBefore = _ledger.Balance;
            var balanceBeforeTarget = LedgerBalances.Account(_ledger.Entries.Take(_ledger.Entries.Count - 1));

            var reversal = _ledger.Reverse(target.Id, NewId(), Now, "correction");
            Apply(ScopeOf(target), (-ModelEffect(target).Insurance, -ModelEffect(target).Patient));

            Require(_ledger.Balance == balanceBefore - target.AccountEffect, "a reversal removes exactly its target's effect");
            if (wasLast) Require(_ledger.Balance == balanceBeforeTarget, "reversing the last entry restores the prior balance");
            Require(reversal.Kind == target.Kind && reversal.Amount == target.Amount && reversal.ClaimId == target.ClaimId, "a reversal mirrors its target");
        }

        private void AttemptSomethingInvalid()
        {
            var scope = AnyClaim();
            var count = _ledger.Entries.Count;
            var balance = _ledger.Balance;
            switch (_rng.Next(6))
            {
                case 0:
                    Expect(LedgerError.AmountHasMoreThanTwoDecimals, () => LedgerEntry.Charge(NewId(), Cents(1, 100_00) + 0.001m * (1 + _rng.Next(9)), Now, scope));
                    break;
                case 1:
                    Expect(LedgerError.AmountNotPositive, () => LedgerEntry.PatientPayment(NewId(), -Cents(0, 100_00), Now, scope));
                    break;
                case 2:
                    var open = Math.Max(0m, _model[scope].Insurance);
                    Expect(LedgerError.Overpayment, () => _ledger.Post(LedgerEntry.InsurancePayment(NewId(), open + Cents(1, 50_00), Now, scope)));
                    break;
                case 3:
                    var openPatient = Math.Max(0m, _model[scope].Patient);
                    Expect(LedgerError.ExceedsOpenBalance, () => _ledger.Post(LedgerEntry.WriteOff(NewId(), openPatient + Cents(1, 50_00), Now, scope, LedgerParty.Patient)));
                    break;
                case 4:
                    var party = _rng.Next(2) == 0 ? LedgerParty.Insurance : LedgerParty.Patient;
                    var credit = Math.Max(0m, -Open(scope, party));
                    Expect(LedgerError.RefundExceedsCredit, () => _ledger.Post(LedgerEntry.Refund(NewId(), credit + Cents(1, 50_00), Now, scope, party)));
                    break;
                default:
                    var reversed = _ledger.Entries.FirstOrDefault(e => e.IsReversal);
                    if (reversed is null) return;
                    Expect(LedgerError.AlreadyReversed, () => _ledger.Reverse(reversed.Reverses!.Value, NewId(), Now));
                    break;
            }
            Require(_ledger.Entries.Count == count && _ledger.Balance == balance, "a refused entry changes nothing");
        }

        private void UndoEverything()
        {
            foreach (var entry in _ledger.Entries.Reverse().Where(e => !e.IsReversal && !_ledger.IsReversed(e.Id)).ToList())
                _ledger.Reverse(entry.Id, NewId(), Now, "unwind");
            Require(_ledger.Balance == 0m, "reversing every entry brings the account back to zero");
            Require(LedgerTotals.Of(_ledger.Entries) == new LedgerTotals(0m, 0m, 0m, 0m, 0m, 0m, 0m), "every kind nets to zero once all is reversed");
        }

        private void Post(LedgerEntry entry, Guid scope, (decimal Insurance, decimal Patient) effect)
        {
            Require(_ledger.Post(entry), "a new entry is appended");
            Apply(scope, effect);
        }

        private void Apply(Guid scope, (decimal Insurance, decimal Patient) effect)
        {
            var (insurance, patient) = _model[scope];
            _model[scope] = (insurance + effect.Insurance, patient + effect.Patient);
        }

        private void Check(List<LedgerEntry> before)
        {
            var entries = _ledger.Entries;
            Require(entries.Count >= before.Count && before.SequenceEqual(entries.Take(before.Count)), "entries are only ever appended");
            Require(_ledger.Balance == entries.Sum(e => e.AccountEffect), "account balance is the sum of the ledger");
            Require(_ledger.Balance == _model.Values.Sum(m => m.Insurance + m.Patient), "account balance matches the model");
            Require(_ledger.Responsibility.Total == _ledger.Balance, "insurance plus patient is the balance");
            Require(Money.HasAtMostTwoDecimals(_ledger.Balance), "balances stay in whole cents");
            foreach (var claim in _claims)
            {
                var onClaim = entries.Where(e => e.ClaimId == claim).ToList();
                var t = LedgerTotals.Of(onClaim);
                var formula = t.Charges - t.InsurancePayments - (t.Adjustments + t.WriteOffs) - t.PatientPayments + t.Refunds;
                Require(_ledger.ClaimBalance(claim) == formula, "claim balance = charges - insurance payments - adjustments - patient payments + refunds");
                Require(_ledger.ClaimResponsibility(claim) == new Responsibility(_model[claim].Insurance, _model[claim].Patient), "claim split matches the model");
                Require(Money.HasAtMostTwoDecimals(_ledger.ClaimBalance(claim)), "claim balances stay in whole cents");
            }
            Require(_ledger.Balance == _claims.Sum(_ledger.ClaimBalance) + LedgerBalances.Account(entries.Where(e => e.ClaimId is null)),
                "the account is its claims plus its unapplied money");
        }

        // Claim-applied money is limited by its claim; unapplied money by the whole account.
        private decimal Open(Guid scope, LedgerParty party)
        {
            var parts = scope == Guid.Empty ? _model.Values.ToList() : [_model[scope]];
            return parts.Sum(p => party == LedgerParty.Insurance ? p.Insurance : p.Patient);
        }

        private static (decimal Insurance, decimal Patient) ModelEffect(LedgerEntry e) => e.Kind switch
        {
            LedgerEntryKind.Charge or LedgerEntryKind.Refund => e.Party == LedgerParty.Insurance ? (e.Amount, 0m) : (0m, e.Amount),
            LedgerEntryKind.TransferToPatient => (-e.Amount, e.Amount),
            _ => e.Party == LedgerParty.Insurance ? (-e.Amount, 0m) : (0m, -e.Amount),
        };

        private void Expect(LedgerError error, Func<object> attempt)
        {
            try
            {
                attempt();
            }
            catch (LedgerException ex)
            {
                Require(ex.Error == error, $"expected {error}, got {ex.Error}");
                return;
            }
            Require(false, $"expected {error}, nothing was thrown");
        }

        private void Require(bool condition, string invariant) =>
            Assert.True(condition, $"seed {_seed}, step {_step}: {invariant}");

        private Guid AnyScope() => _rng.Next(5) == 0 ? Guid.Empty : AnyClaim();

        private Guid AnyClaim() => _claims[_rng.Next(_claims.Length)];

        private static Guid? ClaimOf(Guid scope) => scope == Guid.Empty ? null : scope;

        private static Guid ScopeOf(LedgerEntry e) => e.ClaimId ?? Guid.Empty;

        private decimal Cents(int min, long max) => _rng.NextInt64(min, max + 1) / 100m;

        private static long ToCents(decimal amount) => (long)(amount * 100m);

        private DateTimeOffset Now => Start.AddMinutes(_step);

        private Guid NewId()
        {
            Span<byte> bytes = stackalloc byte[16];
            _rng.NextBytes(bytes);
            return new Guid(bytes);
        }
    }
}
