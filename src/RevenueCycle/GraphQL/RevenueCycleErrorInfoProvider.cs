using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Logging;

namespace RevenueCycle.GraphQL;

/// <summary>
/// Every error carries <c>extensions.code</c>. Unexpected exceptions become INTERNAL_SERVER_ERROR with a
/// generic message (details and stack traces only when exposing them is configured, i.e. Development),
/// and are logged — without request data, which may hold PHI.
/// </summary>
public sealed class RevenueCycleErrorInfoProvider(bool exposeDetails, ILogger logger)
    : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = exposeDetails, ExposeCodes = true, ExposeData = false })
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        if (executionError is UnhandledError { InnerException: { } exception })
        {
            logger.LogError(exception, "Unhandled error while executing a GraphQL request");
            if (!exposeDetails)
                return new ErrorInfo
                {
                    Message = "An unexpected error occurred.",
                    Extensions = new Dictionary<string, object?> { ["code"] = "INTERNAL_SERVER_ERROR" },
                };
        }
        var info = base.GetInfo(executionError);
        // One code per error, as HotChocolate clients expect; GraphQL.NET adds a "codes" list we do not promise.
        info.Extensions?.Remove("codes");
        return info;
    }
}
