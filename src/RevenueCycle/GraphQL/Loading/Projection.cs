using System.Collections.Concurrent;
using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore.Metadata;
using RevenueCycle.Auditing;
using RevenueCycle.Data;

namespace RevenueCycle.GraphQL.Loading;

/// <summary>
/// Which columns a batched load reads. When every field selected under the loaded objects reads one mapped member of
/// the entity (<c>Field(x => x.Name)</c>, or a field marked with <see cref="Reads{TSource, TReturn}"/>), the load selects
/// those columns and the key into entities filled that far, instead of whole rows. Any other field (its own resolver,
/// a child list, an owned address) may read anything, so then the whole row is loaded. Whole patient rows were half of
/// a claim page's patient load (docs/performance.md, fix 12).
/// </summary>
public static class Projection
{
    internal const string ReadsKey = "RevenueCycle.Reads";
    private const string ExpressionMemberKey = "ORIGINAL_EXPRESSION_PROPERTY_NAME"; // set by GraphQL.NET's Field(x => x.Member)

    private const int MaxShapes = 500;
    private static readonly ConcurrentDictionary<(Type, string), LambdaExpression?> Selectors = new();

    /// <summary>Marks a field whose resolver reads only <paramref name="member"/> of its source (e.g. a node's id).</summary>
    public static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string member) =>
        field.WithMetadata(ReadsKey, member);

    /// <summary>
    /// The selector for the objects of <paramref name="context"/>'s field, with <paramref name="alsoRead"/> (a child's parent
    /// key and sort member) and the entity key; null for whole rows. The name tells batches of different selections apart.
    /// </summary>
    public static (string Name, Expression<Func<T, T>>? Select) Of<T>(IResolveFieldContext context, IModel model, IReadOnlyList<string>? alsoRead) where T : Entity
    {
        // Under an interface (node, nodes) the selection depends on the concrete type, which only execution knows; a
        // field whose type is not over T (a resolver that loads one entity to reach another) selects for something else.
        if (context.FieldDefinition.ResolvedType?.GetNamedType() is not ObjectGraphType<T> || context.SubFields is not { } fields)
            return ("*", null);
        var members = new SortedSet<string>(StringComparer.Ordinal) { nameof(Entity.Id) };
        if (alsoRead is not null) members.UnionWith(alsoRead);
        foreach (var (_, field) in fields.Values)
        {
            if (field.Name == "__typename") continue;
            if (MemberOf(field) is not { } member) return ("*", null);
            members.Add(member);
        }
        var name = string.Join(",", members);
        if (!Selectors.TryGetValue((typeof(T), name), out var select))
        {
            // Clients choose the selections: past this many shapes, new ones read whole rows rather than grow this and
            // EF Core's query cache without end.
            if (Selectors.Count >= MaxShapes) return ("*", null);
            select = Selectors.GetOrAdd((typeof(T), name), _ => Selector<T>(model, members));
        }
        return select is null ? ("*", null) : (name, (Expression<Func<T, T>>)select);
    }

    /// <summary>The rows as <paramref name="select"/> fills them, or whole when there is none.</summary>
    public static IQueryable<T> Projected<T>(this IQueryable<T> rows, Expression<Func<T, T>>? select) =>
        select is null ? rows : rows.Select(select);

    /// <summary>The member a parent-key expression reads: <c>l => l.ClaimId</c> or <c>p => p.ClaimId!.Value</c>.</summary>
    public static string? MemberOf(LambdaExpression key) => key.Body switch
    {
        MemberExpression { Member.Name: "Value", Expression: MemberExpression inner } when Nullable.GetUnderlyingType(inner.Type) is not null => inner.Member.Name,
        MemberExpression member => member.Member.Name,
        _ => null,
    };

    /// <summary>
    /// The member a field reads: its <see cref="Reads{TSource, TReturn}"/> mark, or the member of <c>Field(x => x.Member)</c>.
    /// GraphQL.NET records only the last member of an expression (<c>x => x.Address.State</c> gives State), so
    /// <c>SchemaProjectionTests</c> checks every such field of the schema against the member it names.
    /// </summary>
    internal static string? MemberOf(FieldType field)
    {
        if (field.GetMetadata<string>(ReadsKey) is { } declared) return declared;
        var resolver = PhiReadAuditing.Unwrap(field.Resolver);
        return resolver is not null && resolver.GetType().IsGenericType && resolver.GetType().GetGenericTypeDefinition() == typeof(ExpressionFieldResolver<,>)
            ? field.GetMetadata<string>(ExpressionMemberKey)
            : null;
    }

    // e => new T { Id = e.Id, Name = e.Name, … } over mapped columns only; an owned type or navigation gives whole rows.
    private static Expression<Func<T, T>>? Selector<T>(IModel model, IEnumerable<string> members)
    {
        if (model.FindEntityType(typeof(T)) is not { } entityType) return null;
        var e = Expression.Parameter(typeof(T), "e");
        var bindings = new List<MemberBinding>();
        foreach (var member in members)
        {
            if (entityType.FindProperty(member)?.PropertyInfo is not { CanWrite: true } property) return null;
            bindings.Add(Expression.Bind(property, Expression.Property(e, property)));
        }
        return Expression.Lambda<Func<T, T>>(Expression.MemberInit(Expression.New(typeof(T)), bindings), e);
    }
}
