using Microsoft.EntityFrameworkCore;
using RevenueCycle.Claims;
using RevenueCycle.Data;
using RevenueCycle.Events;
using RevenueCycle.Denials;
using RevenueCycle.GraphQL.Mutations;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Ledger;
using RevenueCycle.Workflows;
using DomainEntry = RevenueCycle.Ledger.LedgerEntry;

namespace RevenueCycle.Payments;

/// <summary>
/// Posts remittances — manual EOBs and 835s alike — inside the caller's transaction. The rules:
/// <list type="bullet">
/// <item>Duplicates: a remittance whose source hash, or whose trace number with the same payer, is already stored
/// posts nothing; the whole call is refused with <see cref="DuplicateRemittanceError"/>.</item>
/// <item>Matching: a CLP is matched to our claim by its id (manual entry) or by CLP01 = <see cref="Claim.Number"/> in
/// the tenant. A CLP that cannot be posted — no such claim, a claim whose status takes no remittance (DRAFT,
/// READY, REJECTED, CLOSED, VOIDED), amounts the ledger refuses (adjusting more than is open), a negative payment
/// outside a reversal — is stored as a <see cref="ClaimPayment"/> without a claim and with its reason: the
/// unmatched work queue. Nothing is dropped; matchUnmatchedPayment posts it later through the same code.</item>
/// <item>Ledger (through the domain <see cref="PatientLedger"/>): the payment as an insurance payment (flagged as
/// overpayment when it exceeds what insurance owes on the claim); CO/OA/PI/CR adjustments that are not denials,
/// netted, as one adjustment; PR adjustments (or CLP05 when the CLP has none), netted, as a transfer to the
/// patient. Denial adjustments (<see cref="DenialReasons"/>) in CO/OA/PI stay open on insurance and become a
/// <see cref="Denial"/> each; a net that is not positive posts no entry.</item>
/// <item>CLP02 22 (reversal): the entries posted to the claim by its latest remittance that are not yet reversed
/// are reversed; the CLP's own amounts are not posted.</item>
/// <item>Status: SUBMITTED first moves to ACCEPTED (an ERA implies acceptance). Then DENIED when CLP02 is 4 or
/// nothing was paid and a denial adjustment is present; PAID when insurance owes nothing more on the claim and
/// insurance has paid something; otherwise PARTIALLY_PAID. No move when the claim is already there.</item>
/// <item>The claim's money follows the ledger: InsurancePaid, Adjusted and PatientResponsibility change by the
/// entries posted, and Balance = TotalCharge − InsurancePaid − Adjusted − PatientPaid.</item>
/// </list>
/// Claims and ledgers are loaded set-based (one query for the claims with lines and payers, one for their
/// ledger entries), so the number of queries does not grow with the number of claims.
/// </summary>
public sealed class RemittancePosting(RevenueCycleDb db, string actor, DateTimeOffset now)
{
    private static readonly HashSet<string> ContractualGroups = ["CO", "OA", "PI", "CR"];

    /// <summary>How often <see cref="PostAsync"/> reports progress, in claims.</summary>
    public int ProgressEvery { get; init; } = 500;

    private readonly Dictionary<Guid, ClaimBook> _books = [];
    private readonly Dictionary<Guid, Claim> _claimsById = [];
    private readonly Dictionary<string, Claim> _claimsByNumber = new(StringComparer.Ordinal);

    /// <summary>Stores and posts <paramref name="remittances"/>; returns the stored remittances with their counts.</summary>
    /// <param name="progress">Called with the number of claims handled so far after every <see cref="ProgressEvery"/> claims
    /// (a background import saves and reports there).</param>
    /// <exception cref="MutationException">A remittance was already posted (<see cref="DuplicateRemittanceError"/>).</exception>
    public async Task<IReadOnlyList<Remittance>> PostAsync(IReadOnlyList<RemittanceToPost> remittances, Guid? importId = null, CancellationToken cancellation = default,
        Func<int, Task>? progress = null)
    {
        var handled = 0;
        await RefuseDuplicatesAsync(remittances, cancellation);
        var items = remittances.SelectMany(r => r.Claims).ToList();
        await LoadClaimsAsync(items.Where(c => c.ClaimId is null).Select(c => c.ClaimNumber), items.Select(c => c.ClaimId).OfType<Guid>(), cancellation);
        await LoadLedgersAsync(_claimsById.Values.Select(c => c.LedgerClaimId), cancellation);

        var stored = new List<Remittance>();
        foreach (var r in remittances)
        {
            var remittance = new Remittance
            {
                PayerId = r.PayerId, PayerName = r.PayerName, PayerIdentifier = r.PayerIdentifier, Method = r.Method, TraceNumber = r.TraceNumber,
                Amount = r.Amount, PaymentDate = r.PaymentDate, SourceHash = r.SourceHash, PostedAt = now.UtcDateTime, PostedBy = actor, ImportId = importId,
            };
            db.Remittances.Add(remittance);
            foreach (var item in r.Claims)
            {
                if (progress is not null && handled > 0 && handled % ProgressEvery == 0) await progress(handled);
                handled++;
                var payment = ToRow(remittance.Id, item);
                db.ClaimPayments.Add(payment);
                var claim = item.ClaimId is { } id ? _claimsById.GetValueOrDefault(id) : _claimsByNumber.GetValueOrDefault(item.ClaimNumber);
                if (claim is null)
                {
                    payment.UnmatchedReason = $"No claim numbered {item.ClaimNumber}.";
                    remittance.UnmatchedClaims++;
                    continue;
                }
                try
                {
                    var plan = PlanPosting(payment, claim);
                    remittance.DenialsCreated += Apply(plan, payment, claim, remittance);
                    remittance.PostedClaims++;
                }
                catch (Exception e) when (e is LedgerException or InvalidTransitionException or PostingRefusedException)
                {
                    // Plan changes nothing, so the CLP can wait in the queue while the rest of the remittance posts.
                    payment.UnmatchedReason = $"Claim {claim.Number}: {e.Message}";
                    remittance.UnmatchedClaims++;
                }
            }
            stored.Add(remittance);
            db.Publish(new RemittancePosted(remittance.Id, remittance.TraceNumber, remittance.PayerName, remittance.Amount, r.Claims.Count, actor, now.UtcDateTime));
        }
        return stored;
    }

    /// <summary>Posts a queued (unmatched) claim payment to <paramref name="claimId"/>; refuses with a typed error when it cannot.</summary>
    public async Task<ClaimPayment> PostUnmatchedAsync(Guid claimPaymentId, Guid claimId, string claimPaymentGlobalId, string claimGlobalId, CancellationToken cancellation = default)
    {
        var payment = await db.ClaimPayments.Include(p => p.Adjustments).Include(p => p.Lines).AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == claimPaymentId, cancellation)
            ?? throw MutationException.NotFound(claimPaymentGlobalId, "ClaimPayment");
        if (payment.ClaimId is not null)
            throw MutationException.Invalid("claimPaymentId", "This claim payment is already posted to a claim.");
        await LoadClaimsAsync([], [claimId], cancellation);
        var claim = _claimsById.GetValueOrDefault(claimId) ?? throw MutationException.NotFound(claimGlobalId, "Claim");
        await LoadLedgersAsync([claim.LedgerClaimId], cancellation);
        var remittance = await db.Remittances.FirstAsync(r => r.Id == payment.RemittanceId, cancellation);

        PostingPlan plan;
        try
        {
            plan = PlanPosting(payment, claim);
        }
        catch (PostingRefusedException e)
        {
            throw new MutationException(new PostingError(e.Message, "NOT_POSTABLE"));
        }
        remittance.DenialsCreated += Apply(plan, payment, claim, remittance);
        remittance.PostedClaims++;
        remittance.UnmatchedClaims--;
        return payment;
    }

    private async Task RefuseDuplicatesAsync(IReadOnlyList<RemittanceToPost> remittances, CancellationToken cancellation)
    {
        var hashes = remittances.Select(r => r.SourceHash).OfType<string>().Distinct().ToList();
        var traces = remittances.Select(r => r.TraceNumber).Distinct().ToList();
        var existing = await db.Remittances.AsNoTracking()
            .Where(r => (r.SourceHash != null && hashes.Contains(r.SourceHash)) || traces.Contains(r.TraceNumber))
            .Select(r => new { r.Id, r.SourceHash, r.TraceNumber, r.PayerId, r.PayerName, r.PaymentDate })
            .ToListAsync(cancellation);
        foreach (var r in remittances)
        {
            var same = existing.FirstOrDefault(e => (r.SourceHash is not null && e.SourceHash == r.SourceHash)
                || (e.TraceNumber == r.TraceNumber && (e.PayerId is not null && r.PayerId is not null
                    ? e.PayerId == r.PayerId
                    : string.Equals(e.PayerName, r.PayerName, StringComparison.OrdinalIgnoreCase))));
            if (same is not null)
                throw new MutationException(new DuplicateRemittanceError(
                    $"Remittance {r.TraceNumber} from {r.PayerName} was already posted on {same.PaymentDate:yyyy-MM-dd}; nothing was posted again.",
                    GlobalId.Encode("Remittance", same.Id), r.TraceNumber));
        }
    }

    private async Task LoadClaimsAsync(IEnumerable<string> numbers, IEnumerable<Guid> ids, CancellationToken cancellation)
    {
        var numberList = numbers.Distinct().ToList();
        var idList = ids.Distinct().ToList();
        if (numberList.Count == 0 && idList.Count == 0) return;
        var claims = await db.Claims.Include(c => c.Lines).Include(c => c.Payer).AsSplitQuery()
            .Where(c => numberList.Contains(c.Number) || idList.Contains(c.Id))
            .ToListAsync(cancellation);
        foreach (var claim in claims)
        {
            _claimsById[claim.Id] = claim;
            _claimsByNumber[claim.Number] = claim;
        }
    }

    // Keyed by the claim the ledger files the money under (Claim.LedgerClaimId): a replacement or secondary claim
    // shares the original's charge, so it shares its book.
    private async Task LoadLedgersAsync(IEnumerable<Guid> claimIds, CancellationToken cancellation)
    {
        var ids = claimIds.Distinct().Where(id => !_books.ContainsKey(id)).ToList();
        if (ids.Count == 0) return;
        // Never modified (append-only), so not tracked: large imports stay cheap to save.
        var entries = await db.LedgerEntries.AsNoTracking().Where(e => e.ClaimId != null && ids.Contains(e.ClaimId.Value))
            .OrderBy(e => e.PostedAt).ThenBy(e => e.Id).ToListAsync(cancellation);
        var byClaim = entries.ToLookup(e => e.ClaimId!.Value);
        foreach (var id in ids)
        {
            var stored = byClaim[id].ToList();
            _books[id] = new ClaimBook(new PatientLedger(stored.Select(e => e.ToDomain())), stored);
        }
    }

    private static ClaimPayment ToRow(Guid remittanceId, ClaimToPost item)
    {
        var payment = new ClaimPayment
        {
            RemittanceId = remittanceId, PatientControlNumber = item.ClaimNumber, StatusCode = item.StatusCode, Charge = item.Charge,
            Paid = item.Paid, PatientResponsibility = item.PatientResponsibility, PayerClaimControlNumber = item.PayerClaimControlNumber,
        };
        payment.Adjustments.AddRange(item.Adjustments.Select(a => ToRow(payment.Id, null, a)));
        foreach (var l in item.Lines)
        {
            var line = new LinePayment { ClaimPaymentId = payment.Id, ProcedureCode = l.ProcedureCode, Modifiers = [.. l.Modifiers], Charge = l.Charge, Paid = l.Paid, Units = l.Units };
            payment.Lines.Add(line);
            payment.Adjustments.AddRange(l.Adjustments.Select(a => ToRow(payment.Id, line.Id, a)));
        }
        return payment;
    }

    private static PaymentAdjustment ToRow(Guid paymentId, Guid? lineId, AdjustmentToPost a) => new()
    {
        ClaimPaymentId = paymentId, LinePaymentId = lineId, GroupCode = a.GroupCode, ReasonCode = a.ReasonCode,
        RemarkCode = a.RemarkCode, Amount = a.Amount, Quantity = a.Quantity,
    };

    /// <summary>Works out the entries and moves for one CLP on a copy of the ledger; changes nothing.</summary>
    private PostingPlan PlanPosting(ClaimPayment payment, Claim claim)
    {
        var book = _books[claim.LedgerClaimId];
        var trial = new PatientLedger(book.Ledger.Entries);
        var entries = new List<DomainEntry>();
        decimal paid = 0, adjusted = 0, transferred = 0;
        var denied = false;

        if (payment.StatusCode == "22")
        {
            var latest = book.Stored
                .Where(e => e.ClaimId == claim.LedgerClaimId && e.RemittanceId is not null && e.ReversesEntryId is null && !trial.IsReversed(e.Id)
                    && e.Kind is LedgerEntryKind.InsurancePayment or LedgerEntryKind.Adjustment or LedgerEntryKind.TransferToPatient)
                .GroupBy(e => e.RemittanceId)
                .OrderByDescending(g => g.Max(e => e.PostedAt)).ThenByDescending(g => g.Max(e => e.Id))
                .FirstOrDefault()
                ?? throw new PostingRefusedException("the reversal (CLP02 22) finds no posted payment to reverse.");
            foreach (var e in latest)
            {
                entries.Add(trial.Reverse(e.Id, Guid.CreateVersion7(), now, "Reversed by payer (CLP02 22)"));
                switch (e.Kind)
                {
                    case LedgerEntryKind.InsurancePayment: paid -= e.Amount; break;
                    case LedgerEntryKind.Adjustment: adjusted -= e.Amount; break;
                    default: transferred -= e.Amount; break;
                }
            }
        }
        else
        {
            if (payment.Paid < 0)
                throw new PostingRefusedException($"a negative payment ({payment.Paid:0.00}) outside a reversal needs manual posting.");
            void Post(DomainEntry entry)
            {
                trial.Post(entry);
                entries.Add(entry);
            }
            var memo = $"{payment.PatientControlNumber} CLP02 {payment.StatusCode}";
            if (payment.Paid > 0)
            {
                var open = trial.ClaimResponsibility(claim.LedgerClaimId).Insurance;
                Post(DomainEntry.InsurancePayment(Guid.CreateVersion7(), payment.Paid, now, claim.LedgerClaimId, isOverpayment: payment.Paid > open, memo));
                paid = payment.Paid;
            }
            var contractual = payment.Adjustments.Where(a => ContractualGroups.Contains(a.GroupCode) && !DenialReasons.IsDenial(a.GroupCode, a.ReasonCode)).ToList();
            if (contractual.Sum(a => a.Amount) is var net && net > 0)
            {
                Post(DomainEntry.Adjustment(Guid.CreateVersion7(), net, now, claim.LedgerClaimId, memo: Codes(contractual)));
                adjusted = net;
            }
            var patientShare = payment.Adjustments.Where(a => a.GroupCode == "PR").ToList();
            var share = patientShare.Count > 0 ? patientShare.Sum(a => a.Amount) : payment.PatientResponsibility;
            if (share > 0)
            {
                Post(DomainEntry.TransferToPatient(Guid.CreateVersion7(), share, now, claim.LedgerClaimId, patientShare.Count > 0 ? Codes(patientShare) : "CLP05"));
                transferred = share;
            }
            var denials = payment.Adjustments.Any(a => a.Amount > 0 && DenialReasons.IsDenial(a.GroupCode, a.ReasonCode));
            denied = payment.StatusCode == "4" || (payment.Paid == 0 && denials);
        }

        var netPaid = claim.InsurancePaid + paid;
        var target = denied ? ClaimStatus.Denied
            : trial.ClaimResponsibility(claim.LedgerClaimId).Insurance == 0 && netPaid > 0 ? ClaimStatus.Paid
            : ClaimStatus.PartiallyPaid;
        var moves = new List<(ClaimStatus To, string Reason)>();
        var status = claim.Status;
        if (status == ClaimStatus.Submitted)
        {
            moves.Add((ClaimStatus.Accepted, "Remittance received: acceptance implied"));
            status = ClaimStatus.Accepted;
        }
        if (status != target) moves.Add((target, $"Remittance CLP02 {payment.StatusCode}"));
        var from = claim.Status;
        foreach (var (to, reason) in moves)
        {
            ClaimWorkflow.Transition(from, to, actor, reason, now); // throws before anything changed
            from = to;
        }
        return new PostingPlan(trial, entries, paid, adjusted, transferred, moves);
    }

    /// <summary>Carries out a plan: ledger rows, claim money and status, line matches, denials. Returns the denials created.</summary>
    private int Apply(PostingPlan plan, ClaimPayment payment, Claim claim, Remittance remittance)
    {
        var book = _books[claim.LedgerClaimId];
        book.Ledger = plan.Ledger;
        foreach (var entry in plan.Entries)
        {
            var row = Payments.LedgerEntry.From(entry, claim.PatientId, actor, remittance.Id);
            db.LedgerEntries.Add(row);
            book.Stored.Add(row);
        }
        claim.InsurancePaid += plan.Paid;
        claim.Adjusted += plan.Adjusted;
        claim.PatientResponsibility += plan.Transferred;
        claim.Balance = claim.TotalCharge - claim.InsurancePaid - claim.Adjusted - claim.PatientPaid;
        if (payment.PayerClaimControlNumber is not null && payment.StatusCode != "22") claim.PayerClaimControlNumber = payment.PayerClaimControlNumber;
        foreach (var (to, reason) in plan.Moves) db.Move(claim, to, actor, now, reason);

        payment.ClaimId = claim.Id;
        payment.UnmatchedReason = null;
        MatchLines(payment.Lines, claim.Lines);
        if (payment.StatusCode == "22") return 0;

        var created = 0;
        foreach (var a in payment.Adjustments.Where(a => a.Amount > 0))
        {
            if (DenialReasons.CategoryOf(a.GroupCode, a.ReasonCode) is not { } category) continue;
            var denial = new Denial
            {
                ClaimId = claim.Id, ClaimLineId = payment.Lines.FirstOrDefault(l => l.Id == a.LinePaymentId)?.ClaimLineId, ClaimPaymentId = payment.Id,
                GroupCode = a.GroupCode, ReasonCode = a.ReasonCode, RemarkCode = a.RemarkCode, Amount = a.Amount, Category = category,
                DueDate = remittance.PaymentDate.AddDays(claim.Payer?.AppealDays ?? 180), Status = DenialStatus.Open,
            };
            db.Denials.Add(denial);
            db.RecordCreated(denial, actor, now);
            created++;
        }
        return created;
    }

    /// <summary>Each SVC to the first unused claim line with the same code and modifiers, else the same code; in order.</summary>
    private static void MatchLines(List<LinePayment> payments, List<ClaimLine> lines)
    {
        var unused = lines.OrderBy(l => l.LineNumber).ToList();
        foreach (var payment in payments)
        {
            var line = unused.FirstOrDefault(l => l.ProcedureCode == payment.ProcedureCode && l.Modifiers.SequenceEqual(payment.Modifiers))
                ?? unused.FirstOrDefault(l => l.ProcedureCode == payment.ProcedureCode);
            if (line is null) continue;
            payment.ClaimLineId = line.Id;
            unused.Remove(line);
        }
    }

    private static string Codes(IEnumerable<PaymentAdjustment> adjustments) =>
        string.Join(", ", adjustments.Select(a => $"{a.GroupCode}-{a.ReasonCode} {a.Amount:0.00}"));

    /// <summary>
    /// The claim's slice of its patient's ledger. Every entry posting makes carries the claim, and the ledger's rules
    /// for such entries (open balance, reversal target) look only at that claim, so validating against the slice is
    /// the same as against the whole account, and stays cheap when a patient has hundreds of claims.
    /// </summary>
    private sealed class ClaimBook(PatientLedger ledger, List<LedgerEntry> stored)
    {
        public PatientLedger Ledger { get; set; } = ledger;
        public List<LedgerEntry> Stored { get; } = stored;
    }
}

internal sealed record PostingPlan(PatientLedger Ledger, List<DomainEntry> Entries, decimal Paid, decimal Adjusted, decimal Transferred,
    List<(ClaimStatus To, string Reason)> Moves);

/// <summary>A CLP that cannot be posted as it stands (nothing to reverse, a negative payment); it waits in the unmatched queue.</summary>
internal sealed class PostingRefusedException(string message) : Exception(message);
