using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace RevenueCycle.GraphQL;

/// <summary>
/// Enforces the <c>Authorize*</c> metadata declared beside each field before anything executes. The default
/// is closed: a root field, or a field whose type is tenant data, needs a signed-in caller with a tenant
/// unless it is explicitly <c>AllowAnonymous()</c>. Roles on a field or its parent type narrow it further.
/// </summary>
public sealed class AuthorizationRule : IValidationRule
{
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";

    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((field, ctx) => Check(field, ctx)));

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;

    private static void Check(GraphQLField node, ValidationContext context)
    {
        var field = context.TypeInfo.GetFieldDef();
        if (field is null || field.Name.StartsWith("__", StringComparison.Ordinal)) return;
        var parent = context.TypeInfo.GetParentType()?.GetNamedType();
        var schema = context.Schema;
        var isRoot = parent is not null && (parent == schema.Query || parent == schema.Mutation || parent == schema.Subscription);

        var fieldRoles = field.GetRoles();
        var parentRoles = parent?.GetRoles();
        // Nested fields inherit their root field's check; they need their own only when they declare roles. Most fields
        // of a page are such: answered before any list or name is built for them (this runs on every request).
        if (fieldRoles is null or [] && parentRoles is null or [] && (!isRoot || field.IsAnonymousAllowed())) return;
        var roles = (fieldRoles ?? []).Concat(parentRoles ?? []).Distinct().ToList();

        var user = context.User;
        var name = $"{parent?.Name}.{field.Name}";
        // Platform operators have no tenant: they may use exactly the fields that name their role.
        if (user?.Identity?.IsAuthenticated == true && roles.Contains(Identity.Roles.PlatformOperator) && user.IsInRole(Identity.Roles.PlatformOperator))
            return;
        if (user?.Identity?.IsAuthenticated != true || user.FindFirst(Identity.RevenueCycleClaims.TenantId) is null)
        {
            if (isRoot) Report(context, node, NotAuthenticated, $"Sign in to use '{name}'.");
            return;
        }
        if (roles.Count > 0 && !roles.Any(user.IsInRole))
            Report(context, node, NotAuthorized, $"Your role may not use '{name}' (allowed: {string.Join(", ", roles)}).");
    }

    private static void Report(ValidationContext context, GraphQLField node, string code, string message) =>
        context.ReportError(new ValidationError(context.Document.Source, null, message, node) { Code = code });
}
