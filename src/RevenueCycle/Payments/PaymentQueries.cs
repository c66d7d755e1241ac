using GraphQL;
using GraphQL.Types;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Filtering;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Identity;

namespace RevenueCycle.Payments;

public static class PaymentFilters
{
    public static readonly FilterDefinition<Remittance> Remittances = new FilterDefinition<Remittance>("Remittance")
        .Id("Remittance", r => r.Id)
        .Field("payerName", r => r.PayerName)
        .Field("traceNumber", r => r.TraceNumber)
        .Field("amount", r => r.Amount)
        .Field("paymentDate", r => r.PaymentDate)
        .Field("method", r => r.Method);

    public static readonly SortDefinition<Remittance> RemittanceOrder = new SortDefinition<Remittance>("Remittance")
        .Field("paymentDate", r => r.PaymentDate)
        .Field("amount", r => r.Amount)
        .Field("postedAt", r => r.PostedAt);

    public static readonly FilterDefinition<ClaimPayment> ClaimPayments = new FilterDefinition<ClaimPayment>("ClaimPayment")
        .Field("patientControlNumber", p => p.PatientControlNumber)
        .Field("statusCode", p => p.StatusCode)
        .Field("paid", p => p.Paid)
        .Field("matched", p => p.ClaimId != null);

    public static readonly SortDefinition<ClaimPayment> ClaimPaymentOrder = new SortDefinition<ClaimPayment>("ClaimPayment")
        .Field("patientControlNumber", p => p.PatientControlNumber)
        .Field("paid", p => p.Paid);

    public static readonly FilterDefinition<PatientPayment> PatientPayments = new FilterDefinition<PatientPayment>("PatientPayment")
        .Field("amount", p => p.Amount)
        .Field("method", p => p.Method)
        .Field("isRefund", p => p.IsRefund)
        .Field("receivedAt", p => p.ReceivedAt);

    public static readonly SortDefinition<PatientPayment> PatientPaymentOrder = new SortDefinition<PatientPayment>("PatientPayment")
        .Field("receivedAt", p => p.ReceivedAt)
        .Field("amount", p => p.Amount);
}

public sealed class RemittanceFilterInputType() : FilterInputType<Remittance>(PaymentFilters.Remittances);
public sealed class RemittanceSortInputType() : SortInputType<Remittance>(PaymentFilters.RemittanceOrder);
public sealed class ClaimPaymentFilterInputType() : FilterInputType<ClaimPayment>(PaymentFilters.ClaimPayments);
public sealed class ClaimPaymentSortInputType() : SortInputType<ClaimPayment>(PaymentFilters.ClaimPaymentOrder);
public sealed class PatientPaymentFilterInputType() : FilterInputType<PatientPayment>(PaymentFilters.PatientPayments);
public sealed class PatientPaymentSortInputType() : SortInputType<PatientPayment>(PaymentFilters.PatientPaymentOrder);

public sealed class RemittancesConnectionType() : ConnectionType<RemittanceType, Remittance>("Remittances");
public sealed class ClaimPaymentsConnectionType() : ConnectionType<ClaimPaymentType, ClaimPayment>("ClaimPayments");
public sealed class RemittanceImportsConnectionType() : ConnectionType<RemittanceImportType, RemittanceImport>("RemittanceImports");
public sealed class PatientPaymentsConnectionType() : ConnectionType<PatientPaymentType, PatientPayment>("PatientPayments");

public static class PaymentQueries
{
    public static void Register(ObjectGraphType query)
    {
        query.Connection<RemittancesConnectionType, Remittance, RemittanceFilterInputType, RemittanceSortInputType>("remittances",
                c => c.Db().Remittances, PaymentFilters.Remittances, PaymentFilters.RemittanceOrder,
                SortKey.Of<Remittance, DateOnly>(r => r.PaymentDate, descending: true))
            .AuthorizeWithRoles(Roles.Billing);
        query.Connection<ClaimPaymentsConnectionType, ClaimPayment, ClaimPaymentFilterInputType, ClaimPaymentSortInputType>("claimPayments",
                c => c.Db().ClaimPayments, PaymentFilters.ClaimPayments, PaymentFilters.ClaimPaymentOrder,
                SortKey.Of<ClaimPayment, string>(p => p.PatientControlNumber))
            .Description("Insurance payments per claim. where: { matched: { eq: false } } is the unmatched-remittance work queue.")
            .AuthorizeWithRoles(Roles.Billing);
        query.Connection<RemittanceImportsConnectionType, RemittanceImport>("remittanceImports", c => c.Db().Set<RemittanceImport>(),
                SortKey.Of<RemittanceImport, DateTime>(i => i.ReceivedAt, descending: true))
            .Description("835 files imported (importRemittance835, POST /x12/835), newest first, with what posting them did.")
            .AuthorizeWithRoles(Roles.Billing);
        query.Connection<PatientPaymentsConnectionType, PatientPayment, PatientPaymentFilterInputType, PatientPaymentSortInputType>("payments",
                c => c.Db().PatientPayments, PaymentFilters.PatientPayments, PaymentFilters.PatientPaymentOrder,
                SortKey.Of<PatientPayment, DateTime>(p => p.ReceivedAt, descending: true))
            .Description("Patient payments and refunds.")
            .AuthorizeWithRoles([.. Roles.Billing, Roles.FrontDesk]);
    }
}
