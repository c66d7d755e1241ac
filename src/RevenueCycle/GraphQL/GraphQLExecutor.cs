using System.Security.Claims;
using GraphQL;
using GraphQL.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RevenueCycle.GraphQL.Http;
using RevenueCycle.GraphQL.Loading;

namespace RevenueCycle.GraphQL;

/// <summary>
/// Runs one GraphQL request against the schema with the caller's identity and services. Every transport
/// (HTTP, WebSocket, SSE) goes through here, so limits and authorization are the same everywhere.
/// </summary>
public sealed class GraphQLExecutor(IDocumentExecuter<RevenueCycleSchema> executer, IOptions<GraphQLHttpOptions> options)
{
    /// <param name="gate">For the streaming transports: re-authorizes a subscription at each event (see <see cref="Subscriptions.SubscriptionGate"/>).</param>
    public async Task<ExecutionResult> ExecuteAsync(GraphQLHttpRequest request, ClaimsPrincipal user, IServiceProvider services, CancellationToken cancellationToken,
        Subscriptions.SubscriptionGate? gate = null)
    {
        var rules = DocumentValidator.CoreRules.Append(new AuthorizationRule());
        if (options.Value.EnableIntrospection == false) rules = rules.Append(global::GraphQL.Validation.Rules.Custom.NoIntrospectionValidationRule.Instance);

        var userContext = gate?.AsUserContext() ?? [];
        var resolverServices = new ResolverServices(services, new RequestLoaders());
        resolverServices.AddTo(userContext);
        // One connection for the whole operation: left to itself EF Core opens and closes the connection around every
        // query, and each open of a SQLite connection registers EF Core's SQL functions again (a claim page with payer,
        // patient and lines ran four opens; docs/performance.md, fix 16). Closed before the audit wait, so a pooled connection
        // is not held idle.
        var db = resolverServices.Db.Database;
        await db.OpenConnectionAsync(cancellationToken);
        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                DocumentId = request.DocumentId,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                User = user,
                RequestServices = services,
                CancellationToken = cancellationToken,
                ValidationRules = rules,
                UserContext = userContext,
            });
        }
        finally
        {
            await db.CloseConnectionAsync();
        }
        // Queries and mutations have resolved everything by now; the PHI they read is audited before it is sent.
        await resolverServices.PhiReads.FlushAsync(services, result.Operation?.Name?.StringValue ?? request.OperationName);
        return result;
    }
}
