using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace Rdd.Domain.Json;

/// <summary>
/// Dates as ISO 8601 calendar dates (<c>2025-01-31</c>): a named type around NodaTime's pattern converter, so that
/// the source generator can name it.
/// </summary>
internal sealed class LocalDateConverter : JsonConverter<LocalDate>
{
    /// <summary>
    /// The converter <see cref="NodaConverters.LocalDateConverter"/> is (ISO pattern, ISO calendar only), made alone:
    /// reading <see cref="NodaConverters"/> builds the converters of every NodaTime type at once, which costs a short
    /// process such as <c>rdd build</c> a tenth of a second.
    /// </summary>
    private static readonly JsonConverter<LocalDate> Inner = new NodaPatternConverter<LocalDate>(LocalDatePattern.Iso, date =>
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("Values of type LocalDate must (currently) use the ISO calendar in order to be serialized.");
        }
    });

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Inner.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        Inner.Write(writer, value, options);
}

/// <summary>Enums as camelCase strings (<c>"publicPolicies"</c>); numbers are refused, so that a typo is never read as a value.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
