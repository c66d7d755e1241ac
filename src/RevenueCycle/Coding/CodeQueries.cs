using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.GraphQL.Scalars;

namespace RevenueCycle.Coding;

public sealed class CodesConnectionType() : ConnectionType<CodeType, Code>("Codes");

/// <summary>
/// Code look-up. Codes are global reference data, not PHI: any signed-in tenant user may read them (the default
/// rule for root fields), whatever their role.
/// </summary>
public static class CodeQueries
{
    public static void Register(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<CodesConnectionType>>("codes")
            .Description("Finds codes by exact code (with or without the dot), code prefix or words of the description, ranked: "
                + "exact code, then prefix, then description matches; billable and shorter first.")
            .Argument<StringGraphType>("search", "E11.9, E119, E11, \"type 2 diabetes\"… Omitted: all codes in code order.")
            .Argument<CodeSystemType>("system", "One code system; all when omitted.")
            .Argument<BooleanGraphType>("billableOnly", "Leave out ICD-10-CM category headers.")
            .Argument<LocalDateGraphType>("effectiveOn", "Only versions in force on this date (a date of service).")
            .Argument<IntGraphType>("first", "Returns the first n items (at most 100).")
            .Argument<StringGraphType>("after", "Returns the items after this cursor.")
            .Argument<IntGraphType>("last", "Returns the last n items (at most 100).")
            .Argument<StringGraphType>("before", "Returns the items before this cursor.")
            .ResolveAsync(async c =>
            {
                var criteria = new CodeSearch.Criteria(c.GetArgument<string?>("search"), c.GetArgument<CodeSystem?>("system"),
                    c.GetArgument<bool?>("billableOnly") ?? false, c.GetArgument<DateOnly?>("effectiveOn"));
                return await Paging.PageByKeysAsync(CodeSearch.Apply(c.Db(), c.Db().Codes.AsNoTracking(), criteria), PageRequest.From(c), CodeSearch.Order(criteria.Search),
                    c.CancellationToken);
            });

        query.Field<NonNullGraphType<CodeCheckResultType>>("code")
            .Description("One code judged for a date of service, as the claim scrubber judges it: valid only when a version is in "
                + "force that day and, for ICD-10-CM, billable.")
            .Argument<NonNullGraphType<CodeSystemType>>("system")
            .Argument<NonNullGraphType<StringGraphType>>("value", "The code, with or without the ICD-10-CM dot.")
            .Argument<LocalDateGraphType>("on", "The date of service; today when omitted.")
            .ResolveAsync(async c =>
            {
                var on = c.GetArgument<DateOnly?>("on") ?? DateOnly.FromDateTime(c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
                var check = new CodeCheck(c.GetArgument<CodeSystem>("system"), c.GetArgument<string>("value"), on);
                return (await c.RequestServices!.GetRequiredService<CodeLookup>().CheckAsync([check], c.CancellationToken))[0];
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CodeCheckResultType>>>>("remittanceCodes")
            .Description("The wording of CARC, RARC and CAS group codes as a remittance or denial shows them, in the order asked; "
                + "retired codes (still seen on old remittances) come back with status EXPIRED and their last wording.")
            .Argument<NonNullGraphType<CodeSystemType>>("system", "CARC, RARC or ADJUSTMENT_GROUP.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("values")
            .Argument<LocalDateGraphType>("on", "The remittance date; today when omitted.")
            .ResolveAsync(async c =>
            {
                var system = c.GetArgument<CodeSystem>("system");
                if (system is not (CodeSystem.Carc or CodeSystem.Rarc or CodeSystem.AdjustmentGroup))
                    throw new ExecutionError("remittanceCodes looks up CARC, RARC or ADJUSTMENT_GROUP codes; use codes or code for others.")
                    { Code = "INVALID_ARGUMENT" };
                var values = c.GetArgument<List<string>>("values");
                if (values.Count > PageRequest.MaxPageSize)
                    throw new ExecutionError($"Ask for at most {PageRequest.MaxPageSize} codes at once.") { Code = "PAGE_SIZE_EXCEEDED" };
                var on = c.GetArgument<DateOnly?>("on") ?? DateOnly.FromDateTime(c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
                return await c.RequestServices!.GetRequiredService<CodeLookup>()
                    .CheckAsync(values.Select(v => new CodeCheck(system, v, on)).ToList(), c.CancellationToken);
            });
    }
}
