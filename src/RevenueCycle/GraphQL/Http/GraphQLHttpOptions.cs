namespace RevenueCycle.GraphQL.Http;

/// <summary>The <c>GraphQL</c> configuration section: transport limits and switches.</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>Several operations in one POST (a JSON array). Off by default, as the spec recommends.</summary>
    public bool AllowBatching { get; set; }
    public int MaxBatchSize { get; set; } = 10;
    /// <summary>Largest request body accepted, in bytes.</summary>
    public long MaxRequestBytes { get; set; } = 256 * 1024;
    /// <summary>Serve the GraphiQL IDE to browsers that ask /graphql for HTML.</summary>
    public bool EnableIde { get; set; } = true;
    /// <summary>Answer introspection queries. Off in production unless configured on.</summary>
    public bool? EnableIntrospection { get; set; }
    /// <summary>Include exception details in errors (Development only).</summary>
    public bool ExposeExceptionDetails { get; set; }
    public int MaxDepth { get; set; } = 12;
    public int MaxComplexity { get; set; } = 20_000;
}
