using Rdd.Domain.Extensions;

namespace Rdd.Domain.Validation.Rules;

/// <summary>The rules every validator starts with.</summary>
public static class BuiltInRules
{
    /// <summary>The built-in rules, in the order they run.</summary>
    public static IReadOnlyList<IReportRule> All { get; } = ValueList.Of<IReportRule>(
        new RequiredPartsRule(),
        new FinalityAlignmentRule(),
        new GovernanceCoverageRule(),
        new EmptySectionRule(),
        new IdFormatRule(),
        new UniqueIdsRule(),
        new ReferencesRule(),
        new AmountsRule(),
        new GreenBudgetRule(),
        new DatesRule(),
        new ObligationRule(),
        new ExampleLeftoversRule(),
        new ImpossibleValuesRule());

    /// <summary>The built-in rules as an extension: every <see cref="ReportValidatorBuilder"/> starts by using it.</summary>
    public static IReportExtension Extension { get; } = new BuiltInExtension();

    private sealed class BuiltInExtension : IReportExtension
    {
        public string Name => "Règles de Rdd";

        public void Register(ReportValidatorBuilder builder)
        {
            foreach (var rule in All)
            {
                builder.AddRule(rule);
            }
        }
    }
}
