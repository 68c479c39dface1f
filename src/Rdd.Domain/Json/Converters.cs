using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Rdd.Domain.Json;

/// <summary>
/// Dates as ISO 8601 calendar dates (<c>2025-01-31</c>): a named type around
/// <see cref="NodaConverters.LocalDateConverter"/>, so that the source generator can name it.
/// </summary>
internal sealed class LocalDateConverter : JsonConverter<LocalDate>
{
    private static readonly JsonConverter<LocalDate> Inner = NodaConverters.LocalDateConverter;

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Inner.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        Inner.Write(writer, value, options);
}

/// <summary>Enums as camelCase strings (<c>"publicPolicies"</c>); numbers are refused, so that a typo is never read as a value.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
