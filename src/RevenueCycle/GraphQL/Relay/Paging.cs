using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Data;

namespace RevenueCycle.GraphQL.Relay;

/// <summary>
/// Keyset (seek) pagination in SQL. A cursor holds the sort values of its row plus the row's key, and the next
/// page is "rows after these values" — so inserts never shift pages the way OFFSET does.
/// </summary>
public static class Paging
{
    public static Task<Connection<T>> PageAsync<T>(IQueryable<T> source, PageRequest page, IReadOnlyList<SortKey> order, CancellationToken cancellationToken)
        where T : Entity =>
        PageByKeysAsync(source, page, order.Append(IdKey<T>.Key).ToList(), cancellationToken);

    /// <summary>Pages rows of any type; <paramref name="totalOrder"/> must end with a unique key (reference data without a Guid id).</summary>
    public static async Task<Connection<T>> PageByKeysAsync<T>(IQueryable<T> source, PageRequest page, IReadOnlyList<SortKey> totalOrder, CancellationToken cancellationToken)
        where T : class
    {
        var keys = totalOrder.ToList();
        // Pages are read-only results: tracking them would only snapshot every row for a SaveChanges that never comes.
        var query = source.AsNoTracking();
        if (page.After is not null) query = query.Where(Seek<T>(keys, Decode(page.After, keys), forward: true));
        if (page.Before is not null) query = query.Where(Seek<T>(keys, Decode(page.Before, keys), forward: false));

        var rows = await Order(query, keys, reverse: page.Backward).Take(page.Size + 1).ToListAsync(cancellationToken);
        var more = rows.Count > page.Size;
        if (more) rows.RemoveAt(rows.Count - 1);
        if (page.Backward) rows.Reverse();

        // Getters only when a cursor is asked for: keys built per request (a code search's rank) would compile each time.
        Func<object, object?>[]? getters = null;
        string Cursor(T row)
        {
            getters ??= keys.Select(k => Getters.GetValue(k.Key, Compile)).ToArray();
            return Encode(Array.ConvertAll(getters, get => get(row)));
        }
        var edges = rows.Select(r => new Edge<T>(r, Cursor)).ToList();
        var pageInfo = new PageInfo(
            HasNextPage: page.Backward ? page.Before is not null : more,
            HasPreviousPage: page.Backward ? more : page.After is not null,
            StartCursor: edges.FirstOrDefault()?.Cursor,
            EndCursor: edges.LastOrDefault()?.Cursor);
        return new Connection<T>(edges, pageInfo, ct => source.CountAsync(ct));
    }

    // Compiling a key expression costs more than reading the page, so each is compiled once. The keys are the
    // static definitions of the connection fields; the weak table lets any other key go with its expression.
    private static readonly ConditionalWeakTable<LambdaExpression, Func<object, object?>> Getters = new();

    private static Func<object, object?> Compile(LambdaExpression key)
    {
        var row = Expression.Parameter(typeof(object), "row");
        var body = new ReplaceParameter(key.Parameters[0], Expression.Convert(row, key.Parameters[0].Type)).Visit(key.Body);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(body, typeof(object)), row).Compile();
    }

    // One expression per entity type for the key that ends every order, so its compiled getter is reused.
    internal static class IdKey<T> where T : Entity
    {
        public static readonly SortKey Key = SortKey.Of<T, Guid>(e => e.Id);
    }

    private static IQueryable<T> Order<T>(IQueryable<T> query, List<SortKey> keys, bool reverse)
    {
        var expression = query.Expression;
        for (var i = 0; i < keys.Count; i++)
        {
            var descending = keys[i].Descending ^ reverse;
            var method = (i == 0, descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            expression = Expression.Call(typeof(Queryable), method, [typeof(T), keys[i].Type], expression, Expression.Quote(keys[i].Key));
        }
        return query.Provider.CreateQuery<T>(expression);
    }

    // (k1 > v1) OR (k1 = v1 AND k2 > v2) OR … with > flipped for descending keys and for backward paging.
    private static Expression<Func<T, bool>> Seek<T>(List<SortKey> keys, object?[] values, bool forward)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression? any = null;
        for (var i = 0; i < keys.Count; i++)
        {
            Expression clause = Compare(Bind(keys[i], row), QueryParameter.Of(values[i], keys[i].Type), after: forward ^ keys[i].Descending);
            for (var j = i - 1; j >= 0; j--)
                clause = Expression.AndAlso(Expression.Equal(Bind(keys[j], row), QueryParameter.Of(values[j], keys[j].Type)), clause);
            any = any is null ? clause : Expression.OrElse(any, clause);
        }
        return Expression.Lambda<Func<T, bool>>(any!, row);
    }

    private static Expression Bind(SortKey key, ParameterExpression row) =>
        new ReplaceParameter(key.Key.Parameters[0], row).Visit(key.Key.Body);

    private static Expression Compare(Expression left, Expression right, bool after)
    {
        if (left.Type == typeof(string) || left.Type == typeof(Guid))
        {
            // No > operator on these types in C#: compare through CompareTo, which EF translates to SQL comparison.
            var compareTo = left.Type.GetMethod(nameof(string.CompareTo), [left.Type])!;
            left = Expression.Call(left, compareTo, right);
            right = Expression.Constant(0);
        }
        return after ? Expression.GreaterThan(left, right) : Expression.LessThan(left, right);
    }

    private static string Encode(object?[] values) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(values)));

    private static object?[] Decode(string cursor, List<SortKey> keys)
    {
        try
        {
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(cursor)));
            var items = json.RootElement.EnumerateArray().ToList();
            if (items.Count != keys.Count) throw new FormatException();
            return items.Select((e, i) => e.Deserialize(keys[i].Type)).ToArray();
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            throw new ExecutionError("The cursor is not valid for this field and order; start again without it.") { Code = "INVALID_CURSOR" };
        }
    }

    private sealed class ReplaceParameter(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
