namespace Rdd.Domain.Validation;

/// <summary>
/// The attribute names the built-in rules put in <see cref="ElementRef.Attribute"/>. A loader that records where
/// attributes were written (<see cref="SourceMap.Add"/>) uses the same names, so that a diagnostic points at the
/// attribute rather than at its whole element.
/// </summary>
/// <remarks>
/// The action attributes are the keys authors write in an action heading (<c>finalites</c>, <c>elements</c>,
/// <c>termes</c>, <c>chiffres</c>); the others are named after the model's properties.
/// </remarks>
public static class ElementAttributes
{
    /// <summary>The id of any element.</summary>
    public const string Id = "id";

    /// <summary>The code of a taxonomy term.</summary>
    public const string Code = "code";

    /// <summary>The finalités of an action or the default finalités of a section.</summary>
    public const string Finalities = "finalites";

    /// <summary>The governance elements of an action or the default elements of a section.</summary>
    public const string GovernanceElements = "elements";

    /// <summary>The taxonomy terms of an action or the default terms of a section.</summary>
    public const string Terms = "termes";

    /// <summary>The key figures of an action.</summary>
    public const string Figures = "chiffres";

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
