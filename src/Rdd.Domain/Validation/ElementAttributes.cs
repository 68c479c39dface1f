namespace Rdd.Domain.Validation;

/// <summary>
/// The attribute names the built-in rules put in <see cref="ElementRef.Attribute"/>. A loader that records where
/// attributes were written (<see cref="SourceMap.Add"/>) uses the same names, so that a diagnostic points at the
/// attribute rather than at its whole element.
/// </summary>
/// <remarks>
/// Every name is the model's property in English, in lower case with hyphens (<c>governance-elements</c>,
/// <c>continues-from</c>), whatever an author writes in the content: a loader maps its own keys (the French
/// <c>finalites=</c> of an action heading, <c>date_presentation:</c> in YAML) to these names. They show in the
/// element of a diagnostic (<c>Action:plan-velo#finalities</c>).
/// </remarks>
public static class ElementAttributes
{
    /// <summary>The id of any element.</summary>
    public const string Id = "id";

    /// <summary>The code of a taxonomy term.</summary>
    public const string Code = "code";

    /// <summary>The finalités of an action or the default finalités of a section.</summary>
    public const string Finalities = "finalities";

    /// <summary>The governance elements of an action or the default elements of a section.</summary>
    public const string GovernanceElements = "governance-elements";

    /// <summary>The taxonomy terms of an action or the default terms of a section.</summary>
    public const string Terms = "terms";

    /// <summary>The key figures of an action.</summary>
    public const string Figures = "figures";

    /// <summary>The progress of an action.</summary>
    public const string Progress = "progress";

    /// <summary>The partners of an action.</summary>
    public const string Partners = "partners";

    /// <summary>The places of an action.</summary>
    public const string Places = "places";

    /// <summary>The action of the previous year's report that an action continues.</summary>
    public const string ContinuesFrom = "continues-from";

    /// <summary>The operating amount of a budget line (« fonctionnement »).</summary>
    public const string Operating = "operating";

    /// <summary>The investment amount of a budget line (« investissement »).</summary>
    public const string Investment = "investment";

    /// <summary>The stated total of a budget line.</summary>
    public const string Total = "total";

    /// <summary>The stated operating total of the budget.</summary>
    public const string OperatingTotal = "operating-total";

    /// <summary>The stated investment total of the budget.</summary>
    public const string InvestmentTotal = "investment-total";

    /// <summary>The year of the budget.</summary>
    public const string Year = "year";

    /// <summary>The value of a key figure or an indicator.</summary>
    public const string Value = "value";

    /// <summary>The target of an indicator.</summary>
    public const string Target = "target";

    /// <summary>The series of earlier values of an indicator.</summary>
    public const string Series = "series";

    /// <summary>The parent of a taxonomy term.</summary>
    public const string Parent = "parent";

    /// <summary>The terms of the previous year that a taxonomy term replaces.</summary>
    public const string Replaces = "replaces";

    /// <summary>The presentation date of the report.</summary>
    public const string PresentationDate = "presentation-date";

    /// <summary>The budget debate date of the report.</summary>
    public const string BudgetDebateDate = "budget-debate-date";

    /// <summary>The budget year of the report.</summary>
    public const string BudgetYear = "budget-year";

    /// <summary>The period of the report.</summary>
    public const string Period = "period";

    /// <summary>The annual review of the « stratégie numérique responsable ».</summary>
    public const string DigitalStrategyReview = "digital-strategy-review";
}
