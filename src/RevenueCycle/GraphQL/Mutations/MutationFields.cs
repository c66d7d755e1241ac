using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace RevenueCycle.GraphQL.Mutations;

/// <summary>
/// Declares a mutation in HotChocolate's shape: <c>name(input: NameInput!): NamePayload!</c> where
/// <c>NamePayload { result: T, errors: [NameError!] }</c> and <c>NameError</c> is a union of the error types the
/// mutation can report. The input is a plain C# record read by GraphQL.NET's auto-registering input type.
/// </summary>
public static class MutationFields
{
    /// <summary>Errors every mutation can report.</summary>
    private static readonly Type[] Common = [typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(ConcurrencyConflictErrorType), typeof(ConflictErrorType)];

    public static FieldType Mutation<TInput>(this ObjectGraphType root, string name, string description,
        string resultField, string resultType, string[] roles, Func<MutationContext<TInput>, Task<object>> body,
        params Type[] errors) where TInput : class
    {
        var pascal = char.ToUpperInvariant(name[0]) + name[1..];
        var errorTypes = Common.Concat(errors)
            .Append(typeof(IIdempotentInput).IsAssignableFrom(typeof(TInput)) ? typeof(IdempotencyKeyReusedErrorType) : null)
            .OfType<Type>().Distinct().ToList();

        var union = new UnionGraphType { Name = pascal + "Error", Description = $"What can stop {name}." };
        foreach (var t in errorTypes) union.Type(t);

        var payload = new ObjectGraphType { Name = pascal + "Payload", Description = $"The result of {name}: the record, or the errors that stopped it." };
        payload.AddField(new FieldType
        {
            Name = resultField,
            ResolvedType = new GraphQLTypeReference(resultType),
            Resolver = new FuncFieldResolver<object>(c => ((MutationResult)c.Source!).Value),
        });
        payload.AddField(new FieldType
        {
            Name = "errors",
            Description = "Null when the mutation succeeded.",
            ResolvedType = new ListGraphType(new NonNullGraphType(union)),
            Resolver = new FuncFieldResolver<object>(c => ((MutationResult)c.Source!).Errors),
        });

        var field = new FieldType
        {
            Name = name,
            Description = description,
            ResolvedType = new NonNullGraphType(payload),
            Arguments = new QueryArguments(new QueryArgument(typeof(NonNullGraphType<>).MakeGenericType(InputGraphType<TInput>())) { Name = "input" }),
            Resolver = new FuncFieldResolver<MutationResult>(async c =>
                await MutationRunner.RunAsync(c, name, c.GetArgument<TInput>("input"), body)),
        };
        field.AuthorizeWithRoles(roles);
        root.AddField(field);
        return field;
    }

    /// <summary>
    /// Adds a payload field beside the record and <c>errors</c>, for a value the body puts in
    /// <see cref="MutationContext{TInput}.Extra"/> (a client secret shown once).
    /// </summary>
    public static FieldType PayloadField(this FieldType mutation, string name, IGraphType type, string description)
    {
        var payload = (IObjectGraphType)((NonNullGraphType)mutation.ResolvedType!).ResolvedType!;
        payload.AddField(new FieldType
        {
            Name = name,
            Description = description,
            ResolvedType = type,
            Resolver = new FuncFieldResolver<object>(c => ((MutationResult)c.Source!).Extra?.GetValueOrDefault(name)),
        });
        return mutation;
    }

    // Inputs are read by the auto-registering input type, unless one is declared beside the record by convention
    // (CreateUserInput ↔ CreateUserInputType) to give its fields ID and enum types and descriptions.
    private static Type InputGraphType<TInput>() =>
        typeof(TInput).Assembly.GetType(typeof(TInput).FullName + "Type")
        ?? typeof(AutoRegisteringInputObjectGraphType<TInput>);
}
