using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Auditing;
using RevenueCycle.Data;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Loading;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.Schema;

/// <summary>
/// Batched loads read only the members their selected fields name (GraphQL/Loading/Projection.cs). GraphQL.NET names a
/// field's member by the last step of its expression, so <c>Field("state", x => x.Address.State)</c> on a type with a
/// State column of its own would name the wrong one. This reads every such field of the running schema over an entity
/// whose named member alone is set, and expects that value back.
/// </summary>
public sealed class SchemaProjectionTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    [Fact]
    public async Task Every_member_field_of_an_entity_type_reads_the_member_it_names()
    {
        var schema = api.Host.Services.GetRequiredService<RevenueCycleSchema>();
        schema.Initialize();
        var checkedFields = 0;
        foreach (var type in schema.AllTypes.OfType<IObjectGraphType>())
        {
            var source = EntityTypeOf(type);
            if (source is null) continue;
            foreach (var field in type.Fields)
            {
                if (field.GetMetadata<string>(Projection.ReadsKey) is not null || Projection.MemberOf(field) is not { } member) continue;
                var property = source.GetProperty(member);
                Assert.True(property is { CanWrite: true }, $"{type.Name}.{field.Name} names {member}, which {source.Name} does not have");
                var entity = RuntimeHelpers.GetUninitializedObject(source);
                var value = Sample(property!.PropertyType, $"{type.Name}.{field.Name}");
                property.SetValue(entity, value);

                var answer = await PhiReadAuditing.Unwrap(field.Resolver)!.ResolveAsync(new ResolveFieldContext { Source = entity });
                Assert.True(Equals(value, answer) || value is System.Collections.IEnumerable && answer is System.Collections.IEnumerable && ReferenceEquals(value, answer),
                    $"{type.Name}.{field.Name} answered {answer} for {source.Name}.{member} = {value}");
                checkedFields++;
            }
        }
        Assert.True(checkedFields > 100, $"only {checkedFields} fields checked");
    }

    private static Type? EntityTypeOf(IGraphType type)
    {
        for (var t = type.GetType(); t is not null; t = t.BaseType)
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ComplexGraphType<>) && typeof(Entity).IsAssignableFrom(t.GetGenericArguments()[0]))
                return t.GetGenericArguments()[0];
        return null;
    }

    // A value no default or other member would produce, per column type.
    private static object Sample(Type type, string field)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum) return Enum.GetValues(type).Cast<object>().Last();
        return type switch
        {
            _ when type == typeof(string) => "projection-probe",
            _ when type == typeof(int) => 4242,
            _ when type == typeof(long) => 4242L,
            _ when type == typeof(decimal) => 42.42m,
            _ when type == typeof(bool) => true,
            _ when type == typeof(Guid) => new Guid("0196a1a0-0000-7000-8000-000000004242"),
            _ when type == typeof(DateOnly) => new DateOnly(2001, 2, 3),
            _ when type == typeof(DateTime) => new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc),
            _ when type == typeof(DateTimeOffset) => new DateTimeOffset(2001, 2, 3, 4, 5, 6, TimeSpan.Zero),
            _ when type == typeof(List<string>) => new List<string> { "probe" },
            _ when type == typeof(List<int>) => new List<int> { 42 },
            _ => throw new Xunit.Sdk.XunitException($"{field}: add a sample value for {type.Name}"),
        };
    }
}
