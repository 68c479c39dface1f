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
        new DatesRule(),
        new ObligationRule(),
        new ExampleLeftoversRule());
}
