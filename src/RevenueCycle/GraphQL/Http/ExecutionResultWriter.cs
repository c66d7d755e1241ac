using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;
using GraphQL.Execution;

namespace RevenueCycle.GraphQL.Http;

/// <summary>
/// Writes a GraphQL response as GraphQL.NET's own converter does (errors, data, extensions; the same bytes), except that
/// strings, integers, decimals and booleans go straight to the writer. GraphQL.NET's converter hands every value to
/// <see cref="JsonSerializer"/> as an object, which looks up the value's type and its converter each time: most of a
/// claim page's serialisation, with a thousand values in it (docs/performance.md, fix 20). Anything else still goes
/// through <see cref="JsonSerializer"/> with the same options, so it is written as before.
/// </summary>
public sealed class ExecutionResultWriter : JsonConverter<ExecutionResult>
{
    public override ExecutionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("GraphQL responses are written, not read.");

    public override void Write(Utf8JsonWriter writer, ExecutionResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            JsonSerializer.Serialize(writer, errors, options);
        }
        if (value.Executed)
        {
            writer.WritePropertyName("data");
            if (value.Data is ExecutionNode node) WriteNode(writer, node, options);
            else JsonSerializer.Serialize(writer, value.Data, options);
        }
        if (value.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, extensions, options);
        }
        writer.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter writer, ExecutionNode node, JsonSerializerOptions options)
    {
        switch (node)
        {
            case ValueExecutionNode:
                WriteValue(writer, node.ToValue(), options);
                break;
            case ObjectExecutionNode { SubFields: null }:
                writer.WriteNullValue();
                break;
            case ObjectExecutionNode obj:
                writer.WriteStartObject();
                foreach (var field in obj.SubFields)
                {
                    writer.WritePropertyName(options.PropertyNamingPolicy?.ConvertName(field.Name!) ?? field.Name!);
                    WriteNode(writer, field, options);
                }
                writer.WriteEndObject();
                break;
            case ArrayExecutionNode { Items: { } items }:
                writer.WriteStartArray();
                foreach (var item in items) WriteNode(writer, item, options);
                writer.WriteEndArray();
                break;
            case ArrayExecutionNode { SerializedResult: IList values }: // a list of scalars, serialised as a whole by the engine
                writer.WriteStartArray();
                foreach (var item in values) WriteValue(writer, item, options);
                writer.WriteEndArray();
                break;
            case ArrayExecutionNode array:
                JsonSerializer.Serialize(writer, array.SerializedResult, options);
                break;
            case null or NullExecutionNode:
                writer.WriteNullValue();
                break;
            default:
                JsonSerializer.Serialize(writer, node.ToValue(), options);
                break;
        }
    }

    // What System.Text.Json's own converters for these types write, without looking the converter up.
    private static void WriteValue(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        if (options.NumberHandling != JsonNumberHandling.Strict) // numbers as strings, say: the converters' business
        {
            JsonSerializer.Serialize(writer, value, options);
            return;
        }
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case int number: writer.WriteNumberValue(number); break;
            case long number: writer.WriteNumberValue(number); break;
            case decimal number: writer.WriteNumberValue(number); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            default: JsonSerializer.Serialize(writer, value, options); break;
        }
    }
}
