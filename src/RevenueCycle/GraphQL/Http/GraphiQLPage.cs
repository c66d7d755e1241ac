using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;

namespace RevenueCycle.GraphQL.Http;

/// <summary>
/// The in-browser IDE. A browser asking <c>/graphql</c> for HTML gets this page; its scripts are served by the
/// API from <c>graphiql/</c> beside the binaries (copied from npm at build time), so it works offline.
/// </summary>
public static class GraphiQLPage
{
    public const string AssetPath = "/graphiql";

    public static bool IsWanted(HttpRequest request) =>
        !request.Query.ContainsKey("query")
        && request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    public static IApplicationBuilder UseGraphiQLAssets(this IApplicationBuilder app)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "graphiql");
        if (!Directory.Exists(folder)) return app;
        return app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(folder),
            RequestPath = AssetPath,
        });
    }

    public static Task WriteAsync(HttpContext http)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        // A strict CSP documents (and enforces) that nothing is fetched from other origins.
        http.Response.Headers.ContentSecurityPolicy =
            "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' ws: wss:";
        return http.Response.WriteAsync(Html);
    }

    private const string Html = """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8" />
          <title>RevenueCycle GraphQL</title>
          <link rel="stylesheet" href="/graphiql/graphiql.min.css" />
          <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
        </head>
        <body>
          <div id="graphiql">Loading the GraphQL IDE…</div>
          <script src="/graphiql/react.production.min.js"></script>
          <script src="/graphiql/react-dom.production.min.js"></script>
          <script src="/graphiql/graphiql.min.js"></script>
          <script>
            // A token pasted into the Headers tab ({"Authorization": "Bearer …"}) is sent with every request.
            const fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
            const defaultQuery = '# Welcome to RevenueCycle. Add {"Authorization": "Bearer <token>"} in Headers.\n{\n  __typename\n}\n';
            ReactDOM.createRoot(document.getElementById('graphiql'))
              .render(React.createElement(GraphiQL, { fetcher, defaultQuery, shouldPersistHeaders: true }));
          </script>
        </body>
        </html>
        """;
}
