using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Rdd.Domain.Validation.Rules;

/// <summary>
/// The report's dates and years agree: it is presented before the budget debate, its period matches the year it
/// reports on, and it precedes the budget of that year or a later one.
/// </summary>
/// <remarks>
/// The executive presents the report « préalablement aux débats sur le projet de budget » (CGCT, art. L2311-1-1,
/// L3311-2, L4310-1, L4425-7): a presentation after the debate misses the law's purpose, which is to inform the budget
/// choices. Presenting it at the same sitting, just before the debate, is allowed.
/// </remarks>
public sealed class DatesRule : IReportRule
{
    private static readonly LocalDatePattern MonthAndYear = LocalDatePattern.Create("MMMM uuuu", French.Culture);

    /// <summary>RDD1030: the report is presented after the budget debate.</summary>
    public static DiagnosticDescriptor PresentedAfterDebate { get; } = new(
        "RDD1030", Severity.Error,
        "Rapport présenté après le débat budgétaire",
        "Le rapport est présenté « préalablement aux débats sur le projet de budget » (CGCT, art. L2311-1-1, L3311-2, L3661-2, L4310-1, L4425-7, L72-100-2) : il doit éclairer les choix budgétaires, donc précéder le débat.",
        "Vérifiez les deux dates ; la présentation doit avoir lieu avant le débat (ou lors de la même séance, avant lui).");

    /// <summary>RDD1031: the period or the budget year does not match the report's years.</summary>
    public static DiagnosticDescriptor YearMismatch { get; } = new(
        "RDD1031", Severity.Warning,
        "Période ou année incohérente",
        "Le rapport rend compte d'une année : la période couverte et l'année du budget présenté doivent s'y rapporter, sinon le lecteur ne sait pas de quelle année il est question.",
        "Vérifiez l'année du rapport, sa période et l'année du budget par politique publique.");

    /// <summary>RDD1032: the budget year precedes the report year.</summary>
    public static DiagnosticDescriptor BudgetYearBeforeYear { get; } = new(
        "RDD1032", Severity.Error,
        "Année budgétaire antérieure à l'année du rapport",
        "Le rapport sur l'année N est présenté préalablement aux débats sur le projet de budget (CGCT, art. L2311-1-1 et les articles équivalents des autres collectivités), en pratique celui de l'année N + 1 : il ne peut précéder le budget d'une année déjà écoulée.",
        "Corrigez l'année du budget (en général l'année du rapport + 1).");

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [PresentedAfterDebate, YearMismatch, BudgetYearBeforeYear];

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Report;
        var year = Year(report.Year);
        if (report.PresentationDate is { } presented && report.BudgetDebateDate is { } debate && presented > debate)
        {
            yield return context.Diagnose(PresentedAfterDebate,
                $"Le rapport est présenté le {Format(presented)}, après le débat budgétaire du {Format(debate)} : il doit être présenté préalablement aux débats sur le projet de budget.",
                ElementRef.ReportItself.At(ElementAttributes.PresentationDate));
        }

        if (report.BudgetYear < report.Year)
        {
            yield return context.Diagnose(BudgetYearBeforeYear,
                $"Le rapport sur {year} précède le budget {Year(report.BudgetYear)}, une année antérieure : le budget concerné est en général celui de {Year(report.Year + 1L)}.",
                ElementRef.ReportItself.At(ElementAttributes.BudgetYear));
        }

        if (report.Period is { } period)
        {
            var element = ElementRef.ReportItself.At(ElementAttributes.Period);
            if (period.Start > period.End)
            {
                yield return context.Diagnose(YearMismatch,
                    $"La période du rapport commence le {Format(period.Start)}, après sa fin le {Format(period.End)}.",
                    element);
            }
            else if (period.End.Year < report.Year || period.Start.Year > report.Year)
            {
                yield return context.Diagnose(YearMismatch,
                    $"La période du rapport, du {Format(period.Start)} au {Format(period.End)}, ne couvre pas l'année {year} dont il rend compte.",
                    element);
            }
        }

        if (report.Budget is { } budget && budget.Year != report.Year && budget.Year != report.BudgetYear)
        {
            yield return context.Diagnose(YearMismatch,
                $"Le budget par politique publique porte sur {Year(budget.Year)}, qui n'est ni l'année du rapport ({year}) ni celle du budget qu'il précède ({Year(report.BudgetYear)}).",
                new ElementRef(ElementKind.Budget, string.Empty, ElementAttributes.Year));
        }
    }

    /// <summary>A date as French writes it: « 1er mars 2025 », « 15 mars 2025 ».</summary>
    private static string Format(LocalDate date) =>
        $"{(date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture))} {MonthAndYear.Format(date)}";

    private static string Year(long year) => year.ToString(CultureInfo.InvariantCulture);
}
