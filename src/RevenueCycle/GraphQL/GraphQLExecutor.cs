using System.Security.Claims;
using GraphQL;
using GraphQL.Validation;
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
        var result = await executer.ExecuteAsync(new ExecutionOptions
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
        // Queries and mutations have resolved everything by now; the PHI they read is audited before it is sent.
        await resolverServices.PhiReads.FlushAsync(services, result.Operation?.Name?.StringValue ?? request.OperationName);
        return result;
    }
}
