using System.Collections;
using System.Linq.Expressions;
using GraphQL;
using RevenueCycle.GraphQL.Relay;

namespace RevenueCycle.GraphQL.Filtering;

/// <summary>
/// Turns a <c>where:</c> argument (as GraphQL.NET parsed it: dictionaries and lists) into an expression tree
/// over the entity, which EF Core translates to SQL. Values become SQL parameters, never literals.
/// </summary>
public static class FilterTranslator
{
    public const int MaxInListSize = 500;

    public static IQueryable<T> Apply<T>(IQueryable<T> query, FilterDefinition<T> definition, IDictionary<string, object?>? where)
    {
        if (where is null || where.Count == 0) return query;
        var row = Expression.Parameter(typeof(T), "row");
        return query.Where(Expression.Lambda<Func<T, bool>>(Object(definition, where, row), row));
    }

    private static Expression Object(IFilterDefinition definition, IDictionary<string, object?> input, Expression target)
    {
        var parts = new List<Expression>();
        foreach (var (name, value) in input)
        {
            if (name is "and" or "or")
            {
                var items = Items(value).Select(item => Object(definition, Map(item), target)).ToList();
                if (items.Count == 0) continue;
                parts.Add(items.Aggregate(name == "and" ? Expression.AndAlso : Expression.OrElse));
                continue;
            }
            var field = definition.Fields.FirstOrDefault(f => f.Name == name)
                ?? throw new ExecutionError($"Unknown filter field '{name}'.") { Code = "INVALID_FILTER" };
            if (value is null) continue;
            parts.Add(field switch
            {
                ScalarFilterField scalar => Operations(Bind(scalar.Property, target), Map(value)),
                IdFilterField id => IdOperations(Bind(id.Key, target), id.NodeTypeName, Map(value)),
                ObjectFilterField obj => Object(obj.Definition(), Map(value), Bind(obj.Navigation, target)),
                ListFilterField list => ListOperations(Bind(list.Collection, target), list.Item(), Map(value)),
                _ => throw new NotSupportedException(field.GetType().Name),
            });
        }
        return parts.Count == 0 ? Expression.Constant(true) : parts.Aggregate(Expression.AndAlso);
    }

    private static Expression Operations(Expression property, IDictionary<string, object?> ops)
    {
        var parts = new List<Expression>();
        foreach (var (op, value) in ops)
        {
            if (op is "and" or "or")
            {
                var items = Items(value).Select(item => Operations(property, Map(item))).ToList();
                if (items.Count > 0) parts.Add(items.Aggregate(op == "and" ? Expression.AndAlso : Expression.OrElse));
                continue;
            }
            parts.Add(Operation(property, op, value));
        }
        return parts.Count == 0 ? Expression.Constant(true) : parts.Aggregate(Expression.AndAlso);
    }

    private static Expression Operation(Expression property, string op, object? value)
    {
        var type = property.Type;
        switch (op)
        {
            case "eq": return Expression.Equal(property, Value(value, type, op));
            case "neq": return Expression.NotEqual(property, Value(value, type, op));
            case "in": return In(property, value);
            case "nin": return Expression.Not(In(property, value));
            case "contains": return StringCall(property, nameof(string.Contains), value);
            case "ncontains": return Expression.Not(StringCall(property, nameof(string.Contains), value));
            case "startsWith": return StringCall(property, nameof(string.StartsWith), value);
            case "nstartsWith": return Expression.Not(StringCall(property, nameof(string.StartsWith), value));
            case "endsWith": return StringCall(property, nameof(string.EndsWith), value);
            case "nendsWith": return Expression.Not(StringCall(property, nameof(string.EndsWith), value));
        }
        var negate = op.StartsWith('n');
        var compare = negate ? op[1..] : op;
        var comparison = Compare(property, Value(value, type, op), compare);
        return negate ? Expression.Not(comparison) : comparison;
    }

    private static Expression Compare(Expression left, Expression right, string op)
    {
        if (left.Type == typeof(string))
        {
            left = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, left, right);
            right = Expression.Constant(0);
        }
        return op switch
        {
            "gt" => Expression.GreaterThan(left, right),
            "gte" => Expression.GreaterThanOrEqual(left, right),
            "lt" => Expression.LessThan(left, right),
            "lte" => Expression.LessThanOrEqual(left, right),
            _ => throw new ExecutionError($"Unknown filter operation '{op}'.") { Code = "INVALID_FILTER" },
        };
    }

    private static Expression StringCall(Expression property, string method, object? value)
    {
        if (value is not string text) throw new ExecutionError("String operations need a non-null string.") { Code = "INVALID_FILTER" };
        var call = Expression.Call(property, typeof(string).GetMethod(method, [typeof(string)])!, QueryParameter.Of(text, typeof(string)));
        // A null column never matches (as in SQL); the explicit check keeps the in-memory meaning identical.
        return Expression.AndAlso(Expression.NotEqual(property, Expression.Constant(null, typeof(string))), call);
    }

    private static Expression In(Expression property, object? value)
    {
        var items = Items(value).ToList();
        if (items.Count > MaxInListSize)
            throw new ExecutionError($"'in' takes at most {MaxInListSize} values.") { Code = "INVALID_FILTER" };
        var listType = typeof(List<>).MakeGenericType(property.Type);
        var list = (IList)Activator.CreateInstance(listType)!;
        foreach (var item in items) list.Add(Convert(item, property.Type));
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [property.Type], QueryParameter.Of(list, listType), property);
    }

    private static Expression IdOperations(Expression key, string typeName, IDictionary<string, object?> ops)
    {
        var parts = new List<Expression>();
        foreach (var (op, value) in ops)
        {
            Guid Decode(object? id) => GlobalId.TryDecode(id as string, typeName) ?? Guid.Empty; // a foreign ID matches nothing
            parts.Add(op switch
            {
                "eq" => Expression.Equal(key, QueryParameter.Of(Decode(value), typeof(Guid))),
                "neq" => Expression.NotEqual(key, QueryParameter.Of(Decode(value), typeof(Guid))),
                "in" => In(key, Items(value).Select(Decode).Cast<object?>().ToList()),
                "nin" => Expression.Not(In(key, Items(value).Select(Decode).Cast<object?>().ToList())),
                _ => throw new ExecutionError($"Unknown ID operation '{op}'.") { Code = "INVALID_FILTER" },
            });
        }
        return parts.Count == 0 ? Expression.Constant(true) : parts.Aggregate(Expression.AndAlso);
    }

    private static Expression ListOperations(Expression collection, IFilterDefinition item, IDictionary<string, object?> ops)
    {
        var itemType = item.EntityType;
        var parts = new List<Expression>();
        foreach (var (op, value) in ops)
        {
            if (op == "any")
            {
                if (value is not bool any) continue;
                Expression exists = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [itemType], collection);
                parts.Add(any ? exists : Expression.Not(exists));
                continue;
            }
            var row = Expression.Parameter(itemType, "item");
            var predicate = Expression.Lambda(Object(item, Map(value), row), row);
            parts.Add(op switch
            {
                "some" => Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [itemType], collection, predicate),
                "none" => Expression.Not(Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [itemType], collection, predicate)),
                "all" => Expression.Call(typeof(Enumerable), nameof(Enumerable.All), [itemType], collection, predicate),
                _ => throw new ExecutionError($"Unknown list operation '{op}'.") { Code = "INVALID_FILTER" },
            });
        }
        return parts.Count == 0 ? Expression.Constant(true) : parts.Aggregate(Expression.AndAlso);
    }

    private static Expression Value(object? value, Type type, string op)
    {
        if (value is null && type.IsValueType && Nullable.GetUnderlyingType(type) is null)
            throw new ExecutionError($"'{op}: null' cannot match a field that is never null.") { Code = "INVALID_FILTER" };
        return QueryParameter.Of(Convert(value, type), type);
    }

    private static object? Convert(object? value, Type type)
    {
        if (value is null) return null;
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsInstanceOfType(value)) return value;
        if (target.IsEnum) return Enum.ToObject(target, value);
        return System.Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Expression Bind(LambdaExpression lambda, Expression target) =>
        new Rebind(lambda.Parameters[0], target).Visit(lambda.Body);

    private static IDictionary<string, object?> Map(object? value) =>
        value as IDictionary<string, object?> ?? throw new ExecutionError("A filter must be an object.") { Code = "INVALID_FILTER" };

    private static IEnumerable<object?> Items(object? value) => value switch
    {
        null => [],
        IEnumerable<object?> list => list,
        IEnumerable list => list.Cast<object?>(),
        _ => [value],
    };

    private sealed class Rebind(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
