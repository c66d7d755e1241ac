using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace RevenueCycle.GraphQL;

/// <summary>
/// GraphQL.NET's serial strategy for queries, collecting the fields of a selection once per execution instead of once
/// per object: every claim of a page, every line of every claim, has the same selection on the same type, and GraphQL.NET
/// walked the selection (fragments, directives, field look-ups) again for each of them (docs/performance.md, fix 18).
/// </summary>
public sealed class QueryExecutionStrategy : SerialExecutionStrategy
{
    // Per execution, because @skip and @include depend on its variables and merged fields are registered in its argument
    // values; the table lets an execution's entries go with it.
    private readonly ConditionalWeakTable<ExecutionContext, Dictionary<(IGraphType, GraphQLSelectionSet), (GraphQLField Field, FieldType Type)[]>> _collected = new();

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        var type = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType!;
        var selection = parent.SelectionSet!;
        var collected = _collected.GetValue(context, static _ => new(SameInstances.Comparer));
        if (!collected.TryGetValue((type, selection), out var fields))
            collected[(type, selection)] = fields = [.. CollectFieldsFrom(context, type, selection, null).Values];
        var nodes = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++) nodes[i] = BuildExecutionNode(parent, fields[i].Type.ResolvedType!, fields[i].Field, fields[i].Type);
        parent.SubFields = nodes;
    }

    // Graph types compare by name and AST nodes by value: the instances are what identify a selection here.
    private sealed class SameInstances : IEqualityComparer<(IGraphType, GraphQLSelectionSet)>
    {
        public static readonly SameInstances Comparer = new();

        public bool Equals((IGraphType, GraphQLSelectionSet) x, (IGraphType, GraphQLSelectionSet) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((IGraphType, GraphQLSelectionSet) key) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(key.Item1), RuntimeHelpers.GetHashCode(key.Item2));
    }
}
