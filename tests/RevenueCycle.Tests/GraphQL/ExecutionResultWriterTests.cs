using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.GraphQL.Http;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.GraphQL;

/// <summary>
/// The app writes responses with its own <see cref="ExecutionResultWriter"/>; every response must be byte for byte what
/// GraphQL.NET's converter writes with the same options: values of every kind, nulls, lists, errors beside partial data.
/// </summary>
public sealed class ExecutionResultWriterTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    public static TheoryData<string> Operations() => new()
    {
        File.ReadAllText(Path.Combine(RepoPaths.Root, "infra", "perf", "operations", "w2.graphql")),
        """
        query { claims(first: 5) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor }
          nodes { __typename id number status form frequency payerSequence payerClaimControlNumber serviceDateFrom submittedAt
                  createdAt totalCharge insurancePaid adjusted balance version
                  coverage { memberId groupNumber subscriberFirstName effectiveTo copay priority eligibilityStatus eligibilityCheckedAt }
                  payer { name kind timelyFilingDays isArchived address { line1 line2 city state postalCode } }
                  diagnoses { sequence code } statusHistory { from to actor reason at } } } }
        """,
        // errors beside partial data: a page over the size limit fails its field, the other field answers
        "query { big: claims(first: 500) { totalCount } small: claims(first: 1) { nodes { number alias: number } } }",
        "query { me { actor tenant { name } roles } }",
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Responses_are_the_bytes_GraphQL_NET_writes(string query)
    {
        await using var scope = api.Host.Services.CreateAsyncScope();
        var request = new GraphQLHttpRequest(query, null, new Inputs(new Dictionary<string, object?> { ["first"] = 50 }), null, null);
        var result = await ApiHost.ExecuteAsync(scope.ServiceProvider, api.Host.BillerPrincipal("writer"), request);
        Assert.True(result.Executed);

        var ours = scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>();
        var theirs = new GraphQLSerializer(scope.ServiceProvider.GetRequiredService<IErrorInfoProvider>());
        // The app's serializer is GraphQL.NET's with our writer among its converters (SerializerOptions is protected).
        var options = (System.Text.Json.JsonSerializerOptions)typeof(GraphQLSerializer)
            .GetProperty("SerializerOptions", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(Assert.IsType<GraphQLSerializer>(ours))!;
        Assert.Contains(options.Converters, c => c is ExecutionResultWriter);
        Assert.DoesNotContain(options.Converters, c => c is ExecutionResultJsonConverter);
        Assert.Equal(theirs.Serialize(result), ours.Serialize(result));
    }
}
