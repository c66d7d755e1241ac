using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace RevenueCycle.GraphQL.Mutations;

/// <summary>What a mutation resolver returns: the changed object, or the errors that stopped the change.</summary>
public sealed record Payload(object? Value, IReadOnlyList<MutationError>? Errors = null, IReadOnlyDictionary<string, object?>? Extra = null)
{
    public static Payload Fail(params MutationError[] errors) => new(null, errors);
}

public static class PayloadMutationFields
{
    /// <summary>
    /// Adds <c>name(input: TInput!): NamePayload!</c> with <c>NamePayload { field: TObject, errors: [NameError!] }</c>
    /// and <c>union NameError = …</c> of <paramref name="errors"/> — the shape HotChocolate clients expect.
    /// <paramref name="extra"/> adds payload fields beyond the object (a secret shown once).
    /// </summary>
    public static FieldBuilder<object?, object> Mutation<TInput>(this ObjectGraphType root, string name, string field, Type objectType,
        Type[] errors, Func<IResolveFieldContext, TInput, Task<Payload>> resolve, params (string Name, Type Type)[] extra)
    {
        var typeName = char.ToUpperInvariant(name[0]) + name[1..];
        var union = new UnionGraphType { Name = typeName + "Error" };
        foreach (var error in errors) union.Type(error);
        var payload = new ObjectGraphType<Payload> { Name = typeName + "Payload" };
        payload.Field(field, objectType).Resolve(c => c.Source.Value);
        foreach (var (extraName, extraType) in extra)
            payload.Field(extraName, extraType).Resolve(c => c.Source.Extra?.GetValueOrDefault(extraName));
        payload.Field("errors", new ListGraphType(new NonNullGraphType(union))).Resolve(c => c.Source.Errors);

        var builder = FieldBuilder<object?, object>.Create(name, new NonNullGraphType(payload))
            .Argument(typeof(NonNullGraphType<>).MakeGenericType(GraphTypeOf<TInput>()), "input")
            .ResolveAsync(async c => await resolve(c, c.GetArgument<TInput>("input")));
        root.AddField(builder.FieldType);
        return builder;
    }

    // Input CLR types name their graph type by convention: CreateUserInput ↔ CreateUserInputType.
    private static Type GraphTypeOf<TInput>() =>
        typeof(TInput).Assembly.GetType(typeof(TInput).FullName + "Type")
        ?? throw new InvalidOperationException($"No {typeof(TInput).Name}Type beside {typeof(TInput).Name}.");
}
