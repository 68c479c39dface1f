using System.Text.Json;
using System.Text.Json.Serialization;
using Rdd.Domain.Reports;

namespace Rdd.Domain.Json;

/// <summary>
/// The source-generated serialization metadata of <see cref="Report"/> and everything under it. Use it through
/// <see cref="ReportJson.Options"/>, which adds the encoder and the contract adjustments of the canonical form.
/// </summary>
/// <remarks>
/// The attribute is the one place that sets the canonical form's settings and converters: <see cref="ReportJson.Options"/>
/// starts from the options it generates. The converters are named here so that the generator treats dates, budget
/// cells and enums as values instead of crawling their members.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    Converters =
    [
        typeof(LocalDateConverter),
        typeof(BudgetAmountConverter),
        typeof(CamelCaseEnumConverter<Law.AuthorityKind>),
        typeof(CamelCaseEnumConverter<AuthorityArticle>),
        typeof(CamelCaseEnumConverter<PartKind>),
        typeof(CamelCaseEnumConverter<Progress>),
        typeof(CamelCaseEnumConverter<Approximation>),
        typeof(CamelCaseEnumConverter<Change>),
        typeof(CamelCaseEnumConverter<EnvironmentalAxis>),
        typeof(CamelCaseEnumConverter<GreenRating>),
    ])]
[JsonSerializable(typeof(Report))]
internal sealed partial class RddJsonContext : JsonSerializerContext;
