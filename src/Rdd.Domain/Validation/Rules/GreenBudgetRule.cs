using System.Globalization;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;

namespace Rdd.Domain.Validation.Rules;

/// <summary>
/// The statement « Impact du budget pour la transition écologique » a report cites is consistent (loi n° 2023-1322,
/// art. 191; décret du 16 juillet 2024): amounts are not negative, every line is rated on every axis its financial
/// year requires (<see cref="Obligations.GreenBudgetAxesRequired"/>), stated totals per class equal the sum of their
/// lines; and a report of an authority that annexes the statement to its accounts, and that shows its budget, is told
/// when it leaves the statement out.
/// </summary>
/// <remarks>
/// The statement is annexed to the accounts of a financial year, which are closed after the report is presented: the
/// report on year N, presented before the budget of N + 1, can cite at best the statement of financial year N − 1.
/// That is the statement whose absence the rule points out. A line left without a class on a required axis is an
/// error, not a « non coté »: the author declares « non coté » explicitly, as the budget declares « non communiqué ».
/// </remarks>
public sealed class GreenBudgetRule : IReportRule
{
    /// <summary>RDD1070: a negative amount in the statement.</summary>
    public static DiagnosticDescriptor NegativeAmount { get; } = new(
        "RDD1070", Severity.Error,
        "Montant négatif dans le budget vert",
        "L'état «\u00a0Impact du budget pour la transition écologique\u00a0» présente des dépenses d'investissement exécutées\u00a0: un montant négatif est une faute de saisie (signe ou séparateur).",
        "Corrigez le montant de la ligne ou du total indiqué, tel qu'il figure dans l'état annexé au compte administratif ou au compte financier unique.");

    /// <summary>RDD1071: a line not rated on an axis its financial year requires.</summary>
    public static DiagnosticDescriptor AxisNotRated { get; } = new(
        "RDD1071", Severity.Error,
        "Dépense sans cotation sur un axe requis",
        "Le décret du 16 juillet 2024 fixe les axes sur lesquels chaque dépense est cotée\u00a0: l'axe 1 (atténuation du changement climatique) pour l'exercice 2024, les axes 1 et 6 (biodiversité) à partir de 2025. Une dépense sans classe sur l'un d'eux fausserait les parts affichées.",
        "Donnez la classe de la dépense sur l'axe indiqué (tres-favorable, favorable, neutre, defavorable)\u00a0; si la collectivité ne l'a pas cotée, écrivez «\u00a0non-cote\u00a0», jamais rien.") { Example = """
```yaml
# budget-vert.yml — exercice 2025 : axes 1 et 6 requis
  - id: renovation-ecoles
    libelle: Rénovation énergétique des écoles
    montant: 1200000
    axes:
      attenuation: tres-favorable    # RDD1071 : l'axe biodiversite manque
      biodiversite: non-cote         # correct : la dépense n'est pas cotée, et le dit
```
""" };

    /// <summary>RDD1072: a stated total disagrees with the sum of its lines.</summary>
    public static DiagnosticDescriptor TotalMismatch { get; } = new(
        "RDD1072", Severity.Error,
        "Total du budget vert différent de la somme",
        "Un total par axe et par classe qui ne correspond pas à la somme des dépenses de cette classe révèle une faute de saisie dans une ligne ou dans le total.",
        "Vérifiez les classes et les montants des lignes, et le total\u00a0; le message donne la somme calculée.");

    /// <summary>RDD1073: the statement is left out by an authority that annexes it to its accounts.</summary>
    public static DiagnosticDescriptor MissingGreenBudget { get; } = new(
        "RDD1073", Severity.Warning,
        "Budget vert absent",
        "Les communes et EPCI de plus de 3\u202f500 habitants appliquant la M57, les départements, les régions, la métropole de Lyon, la Corse, la Martinique et la Guyane annexent à leurs comptes, à partir de l'exercice 2024, l'état «\u00a0Impact du budget pour la transition écologique\u00a0» (loi n° 2023-1322, art. 191\u00a0; décret du 16 juillet 2024). Il n'appartient pas au rapport, mais un rapport qui montre son budget gagne à le présenter à côté des actions.",
        "Reportez l'état du dernier exercice clos dans le fichier budget-vert.yml de l'année (voir content/README.md)\u00a0; si la collectivité n'applique pas la M57, ignorez cet avertissement.") { Example = """
```text
content/2025/budget.yml(2,1): warning RDD1073: Le rapport présente son budget, mais pas l'état « Impact du budget pour la transition écologique » de l'exercice 2024, le dernier clos avant sa présentation, qu'une commune de plus de 3 500 habitants qui applique la M57 annexe à ses comptes (…).
```

L'avertissement disparaît quand `2025/budget-vert.yml` reprend l'état de l'exercice 2024 (`exercice: 2024`).
""" };

    /// <summary>RDD1074: two lines of the statement share an id.</summary>
    public static DiagnosticDescriptor DuplicateLine { get; } = new(
        "RDD1074", Severity.Error,
        "Ligne du budget vert en double",
        "Chaque dépense du budget vert a un identifiant unique\u00a0: les données ouvertes et les totaux la désignent par lui.",
        "Donnez un identifiant différent à chaque ligne, ou fusionnez les deux lignes si elles décrivent la même dépense.");

    /// <summary>RDD1075: a line rated twice on the same axis.</summary>
    public static DiagnosticDescriptor AxisRatedTwice { get; } = new(
        "RDD1075", Severity.Error,
        "Axe coté deux fois",
        "Une dépense a une seule classe par axe\u00a0; deux classes sur le même axe rendent les parts incalculables.",
        "Gardez une seule classe pour l'axe indiqué\u00a0; si la dépense mêle plusieurs objets, découpez-la en plusieurs lignes.");

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [NegativeAmount, AxisNotRated, TotalMismatch, MissingGreenBudget, DuplicateLine, AxisRatedTwice];

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Report;
        if (report.GreenBudget is { } greenBudget)
        {
            return CheckStatement(context, greenBudget);
        }

        if (report.Budget is null)
        {
            return [];
        }

        var authority = (Authority?)report.Authority;
        var kind = authority?.Kind ?? AuthorityKind.Other;
        var expected = Obligations.AssessGreenBudget(kind, Math.Max(0, authority?.Population ?? 0), report.Year - 1);
        if (!expected.IsObliged)
        {
            return [];
        }

        var who = kind is AuthorityKind.Commune or AuthorityKind.Intercommunality or AuthorityKind.Department or AuthorityKind.Region
            ? $"{kind.FrenchLabelWithArticle()} de plus de {GreenBudgetTexts.PopulationAbove.ToString("N0", French.Culture)} habitants qui applique la M57"
            : kind.FrenchLabelWithArticle();
        var that = who.StartsWith("un", StringComparison.Ordinal) ? "qu'" : "que ";
        return [context.Diagnose(MissingGreenBudget,
            $"Le rapport présente son budget, mais pas l'état «\u00a0Impact du budget pour la transition écologique\u00a0» de l'exercice {Year(expected.FinancialYear)}, le dernier clos avant sa présentation, {that}{who} annexe à ses comptes ({string.Join(" ; ", expected.LegalBases.Select(b => b.Reference))}). Reportez-le dans budget-vert.yml pour le montrer à côté des actions.",
            new ElementRef(ElementKind.Budget, string.Empty))];
    }

    private static IEnumerable<Diagnostic> CheckStatement(ValidationContext context, GreenBudget statement)
    {
        var required = Obligations.GreenBudgetAxesRequired(statement.FinancialYear);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in statement.Lines.Where(l => l is not null))
        {
            var id = RuleText.Of(line.Id);
            var element = new ElementRef(ElementKind.GreenBudgetLine, id);
            var label = RuleText.Of(line.Label);
            if (!seen.Add(id))
            {
                yield return context.Diagnose(DuplicateLine, $"L'identifiant «\u00a0{id}\u00a0» désigne déjà une autre dépense du budget vert («\u00a0{label}\u00a0»).", element);
            }

            if (line.Amount < 0)
            {
                yield return context.Diagnose(NegativeAmount, $"Le montant de la dépense «\u00a0{label}\u00a0» est négatif ({French.Euros(line.Amount)}).", element.At(GreenBudgetAttributes.Amount));
            }

            foreach (var axis in required.Where(a => line.RatingOn(a) is null))
            {
                yield return context.Diagnose(AxisNotRated,
                    $"La dépense «\u00a0{label}\u00a0» n'a pas de classe sur l'axe {axis.Number()} ({axis.FrenchLabel()}), requis pour l'exercice {Year(statement.FinancialYear)}\u00a0: écrivez sous «\u00a0axes\u00a0» la clé «\u00a0{axis.Code().Replace('-', '_')}\u00a0» suivie de sa classe, ou de «\u00a0non-cote\u00a0».",
                    element.At(GreenBudgetAttributes.Ratings));
            }

            foreach (var twice in line.Ratings.Where(r => r is not null).GroupBy(r => r.Axis).Where(g => g.Count() > 1))
            {
                yield return context.Diagnose(AxisRatedTwice,
                    $"La dépense «\u00a0{label}\u00a0» est cotée {string.Join(" puis ", twice.Select(r => $"« {r.Rating.FrenchLabel()} »"))} sur l'axe {twice.Key.Number()} ({twice.Key.FrenchLabel()}).",
                    element.At(GreenBudgetAttributes.Rating(twice.Key)));
            }
        }

        var budgetElement = new ElementRef(ElementKind.GreenBudget, string.Empty);
        foreach (var total in statement.StatedTotals.Where(t => t is not null))
        {
            var where = budgetElement.At(GreenBudgetAttributes.Total(total.Axis, total.Rating));
            var what = $"Le total «\u00a0{total.Rating.FrenchLabel()}\u00a0» de l'axe {total.Axis.Number()} ({total.Axis.FrenchLabel()})";
            if (total.Euros < 0)
            {
                yield return context.Diagnose(NegativeAmount, $"{what} est négatif ({French.Euros(total.Euros)}).", where);
            }
            else if (statement.Sum(total.Axis, total.Rating) is { } sum && sum != total.Euros)
            {
                yield return context.Diagnose(TotalMismatch,
                    $"{what} est de {French.Euros(total.Euros)}, mais les dépenses de cette classe font ensemble {French.Euros(sum)}.",
                    where);
            }
        }
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
