using Rdd.Domain.Reports;

namespace Rdd.Domain.Validation.Rules;

/// <summary>
/// Amounts and rates are plausible and consistent: budget amounts and stated totals are not negative, percentages lie
/// between 0 and 100, every budget cell is either given or explicitly declared « non communiqué », and stated totals
/// equal the sum of their parts.
/// </summary>
/// <remarks>
/// No article sets the form of the budget by public policy; the reason is the reader's trust. A silent zero reads as
/// « nothing was spent », so an unknown amount must be declared not given (<see cref="BudgetAmount.NotGiven"/>); a
/// total that disagrees with its lines shows that one of them is mistyped. A total is only checked when all its parts
/// are given: an amount not given makes the sum unknown, not wrong.
/// </remarks>
public sealed class AmountsRule : IReportRule
{
    private const string Percent = "%";

    /// <summary>RDD1020: a negative budget amount or total.</summary>
    public static DiagnosticDescriptor NegativeAmount { get; } = new(
        "RDD1020", Severity.Error,
        "Montant négatif",
        "Le budget par politique publique présente des dépenses de fonctionnement et d'investissement : un montant négatif est presque toujours une faute de saisie (signe ou séparateur).",
        "Corrigez le montant ; s'il n'est pas connu, déclarez-le « non communiqué » plutôt que de saisir une valeur.");

    /// <summary>RDD1021: a percentage outside 0–100.</summary>
    public static DiagnosticDescriptor PercentOutOfRange { get; } = new(
        "RDD1021", Severity.Error,
        "Pourcentage hors de 0 à 100",
        "Une valeur exprimée en pourcentage (unité « % ») est une part d'un tout : elle est comprise entre 0 et 100. Une autre valeur signale une faute de saisie (virgule, unité).",
        "Corrigez la valeur ; pour une évolution (hausse de 150 %, baisse de 12 %), changez l'unité ou le libellé pour ne pas la présenter comme une part.");

    /// <summary>RDD1022: a budget amount is declared not given.</summary>
    public static DiagnosticDescriptor AmountNotGiven { get; } = new(
        "RDD1022", Severity.Warning,
        "Montant non communiqué",
        "Le rapport déclare ce montant « non communiqué » : c'est permis et préférable à un zéro, mais le lecteur verra une case vide et les totaux ne pourront pas être vérifiés.",
        "Complétez le montant dès qu'il est connu, ou expliquez pourquoi il manque dans la note de la ligne.") { Example = """
```yaml
# budget.yml — le montant est inconnu : on le déclare, on n'écrit jamais 0
  - id: grandes-infrastructures
    politique: Grandes infrastructures
    fonctionnement: non communiqué      # RDD1022 (avertissement) : le site affiche « non communiqué »
    investissement: 904074
    note: Le montant de fonctionnement ne figure pas dans le document source.
```

L'avertissement disparaît quand le montant est connu et écrit.
""" };

    /// <summary>RDD1023: a stated total disagrees with the sum of its parts.</summary>
    public static DiagnosticDescriptor TotalMismatch { get; } = new(
        "RDD1023", Severity.Error,
        "Total différent de la somme",
        "Un total affiché qui ne correspond pas à la somme des montants qu'il additionne révèle une faute de saisie et ôte sa crédibilité au tableau.",
        "Vérifiez les montants des lignes et le total ; le message donne la somme calculée.");

    /// <summary>RDD1024: a budget cell is neither given nor declared not given.</summary>
    public static DiagnosticDescriptor AmountMissing { get; } = new(
        "RDD1024", Severity.Error,
        "Montant absent",
        "Chaque ligne du budget par politique publique donne ses montants de fonctionnement et d'investissement ; un montant absent serait lu comme un zéro, ce qui tromperait le lecteur.",
        "Saisissez le montant, ou écrivez « non communiqué » s'il n'est pas connu (jamais 0 pour un montant inconnu).");

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [NegativeAmount, PercentOutOfRange, AmountNotGiven, TotalMismatch, AmountMissing];

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Report;
        if (report.Budget is { } budget)
        {
            foreach (var diagnostic in CheckBudget(context, budget))
            {
                yield return diagnostic;
            }
        }

        foreach (var figure in report.KeyFigures.Where(f => IsPercent(f.Unit) && !IsRate(f.Value)))
        {
            yield return context.Diagnose(PercentOutOfRange,
                $"Le chiffre clé « {RuleText.Of(figure.Label)} » vaut {French.Number(figure.Value)} % : un pourcentage est compris entre 0 et 100.",
                new ElementRef(ElementKind.KeyFigure, RuleText.Of(figure.Id), ElementAttributes.Value));
        }

        foreach (var indicator in report.Indicators.Where(i => IsPercent(i.Unit)))
        {
            var element = new ElementRef(ElementKind.Indicator, RuleText.Of(indicator.Id));
            var name = $"L'indicateur « {RuleText.Of(indicator.Label)} »";
            if (indicator.Value is { } value && !IsRate(value))
            {
                yield return context.Diagnose(PercentOutOfRange,
                    $"{name} vaut {French.Number(value)} % : un pourcentage est compris entre 0 et 100.",
                    element.At(ElementAttributes.Value));
            }

            if (indicator.Target is { } target && !IsRate(target))
            {
                yield return context.Diagnose(PercentOutOfRange,
                    $"{name} a pour cible {French.Number(target)} % : un pourcentage est compris entre 0 et 100.",
                    element.At(ElementAttributes.Target));
            }

            foreach (var point in indicator.Series.Where(p => p is not null && !IsRate(p.Value)))
            {
                yield return context.Diagnose(PercentOutOfRange,
                    $"{name} valait {French.Number(point.Value)} % en {point.Year} : un pourcentage est compris entre 0 et 100.",
                    element.At(ElementAttributes.Series));
            }
        }
    }

    private static IEnumerable<Diagnostic> CheckBudget(ValidationContext context, Budget budget)
    {
        foreach (var line in budget.Lines)
        {
            var element = new ElementRef(ElementKind.BudgetLine, RuleText.Of(line.Id));
            var policy = RuleText.Of(line.Policy);
            foreach (var diagnostic in CheckCell(context, line.Operating, $"Le montant de fonctionnement de « {policy} »", element.At(ElementAttributes.Operating))
                .Concat(CheckCell(context, line.Investment, $"Le montant d'investissement de « {policy} »", element.At(ElementAttributes.Investment))))
            {
                yield return diagnostic;
            }

            if (line.StatedTotal is { } total)
            {
                var totalElement = element.At(ElementAttributes.Total);
                if (total < 0)
                {
                    yield return context.Diagnose(NegativeAmount, $"Le total de « {policy} » est négatif ({French.Euros(total)}).", totalElement);
                }
                else if (Sum([line.Operating, line.Investment]) is { } sum && sum != total)
                {
                    yield return context.Diagnose(TotalMismatch,
                        $"Le total de « {policy} » est de {French.Euros(total)}, mais fonctionnement et investissement font ensemble {French.Euros(sum)}.",
                        totalElement);
                }
            }
        }

        var budgetElement = new ElementRef(ElementKind.Budget, string.Empty);
        foreach (var diagnostic in CheckTotal(context, budget.StatedOperatingTotal, budget.Lines.Select(l => l?.Operating), "de fonctionnement", budgetElement.At(ElementAttributes.OperatingTotal))
            .Concat(CheckTotal(context, budget.StatedInvestmentTotal, budget.Lines.Select(l => l?.Investment), "d'investissement", budgetElement.At(ElementAttributes.InvestmentTotal))))
        {
            yield return diagnostic;
        }
    }

    private static IEnumerable<Diagnostic> CheckCell(ValidationContext context, BudgetAmount? cell, string subject, ElementRef element)
    {
        if (cell is null)
        {
            yield return context.Diagnose(AmountMissing, $"{subject} n'est ni donné ni déclaré « non communiqué ».", element);
        }
        else if (cell.Euros is not { } euros)
        {
            var note = string.IsNullOrWhiteSpace(cell.Note) ? string.Empty : $" Motif indiqué : « {cell.Note.Trim()} ».";
            yield return context.Diagnose(AmountNotGiven, $"{subject} n'est pas communiqué.{note}", element);
        }
        else if (euros < 0)
        {
            yield return context.Diagnose(NegativeAmount, $"{subject} est négatif ({French.Euros(euros)}).", element);
        }
    }

    private static IEnumerable<Diagnostic> CheckTotal(ValidationContext context, decimal? stated, IEnumerable<BudgetAmount?> parts, string which, ElementRef element)
    {
        if (stated is not { } total)
        {
            yield break;
        }

        var cells = parts.ToList();
        if (total < 0)
        {
            yield return context.Diagnose(NegativeAmount, $"Le total {which} du budget est négatif ({French.Euros(total)}).", element);
        }
        else if (cells.Count > 0 && Sum(cells) is { } sum && sum != total)
        {
            yield return context.Diagnose(TotalMismatch,
                $"Le total {which} du budget est de {French.Euros(total)}, mais les lignes font ensemble {French.Euros(sum)}.",
                element);
        }
    }

    /// <summary>The sum of the cells, or null when one is not given or the sum overflows.</summary>
    private static decimal? Sum(IEnumerable<BudgetAmount?> cells)
    {
        var sum = 0m;
        foreach (var cell in cells)
        {
            if (cell?.Euros is not { } euros)
            {
                return null;
            }

            try
            {
                sum += euros;
            }
            catch (OverflowException)
            {
                return null;
            }
        }

        return sum;
    }

    private static bool IsPercent(string? unit) => string.Equals(unit?.Trim(), Percent, StringComparison.Ordinal);

    private static bool IsRate(decimal value) => value is >= 0 and <= 100;
}
