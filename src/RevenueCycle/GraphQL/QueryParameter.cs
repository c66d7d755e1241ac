using System.Linq.Expressions;

namespace RevenueCycle.GraphQL;

/// <summary>
/// Wraps a value in a closure-like object so EF Core sends it as a SQL parameter instead of inlining a
/// literal: the SQL text stays the same across requests and the database reuses its plan.
/// </summary>
public static class QueryParameter
{
    public static Expression Of(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(Box<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(box), "Value");
    }

    private sealed record Box<T>(T Value);
}
