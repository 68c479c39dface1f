using Rdd.Domain.Reports;

namespace Rdd.Domain.Validation.Rules;

/// <summary>
/// Amounts and rates are plausible and consistent: budget amounts and stated totals are not negative, percentages lie
/// between 0 and 100 unless they are a change, every budget cell is either given or explicitly declared « non communiqué », and stated totals
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
        "Une valeur exprimée en pourcentage (unité « % ») est une part d'un tout : elle est comprise entre 0 et 100. Une autre valeur signale une faute de saisie (virgule, unité), ou une évolution qui n'est pas déclarée comme telle. Une évolution (« −52 % de consommations », « +150 % de fréquentation ») est permise : elle se déclare avec son sens, et une baisse ne dépasse pas 100 %.",
        "Corrigez la valeur ; pour une évolution, écrivez son ampleur sans signe et son sens : « evolution: baisse » ou « evolution: hausse ».") { Example = """
```yaml
# chiffres-cles.yml
  - id: consommations-energie
    valeur: -52                # RDD1021 : une part est comprise entre 0 et 100
    unite: "%"
    libelle: de consommations d'énergie dans les bâtiments communaux

  - id: consommations-energie
    valeur: 52
    evolution: baisse          # correct : le site affiche « −52 % »
    unite: "%"
    libelle: de consommations d'énergie dans les bâtiments communaux
```
""" };

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

    /// <summary>RDD1025: a budget amount of zero, which may be an unknown amount written 0.</summary>
    public static DiagnosticDescriptor ZeroAmount { get; } = new(
        "RDD1025", Severity.Info,
        "Montant nul",
        "Un montant de 0 € se lit « rien n'a été dépensé ». Quand le montant n'est pas connu, il s'écrit « non communiqué », jamais 0 : le site affiche alors « non communiqué » et ne présente pas un zéro comme un fait.",
        "Si rien n'a été dépensé, gardez 0 ; si le montant n'est pas connu, écrivez « non communiqué ».") { Example = """
```yaml
  - id: grandes-infrastructures
    politique: Grandes infrastructures
    fonctionnement: 0                  # RDD1025 (information) : rien n'a été dépensé ?
    fonctionnement: non communiqué     # si le montant n'est pas connu
```
""" };

    /// <summary>RDD1026: a key figure declared a change whose value carries a sign.</summary>
    public static DiagnosticDescriptor SignedChange { get; } = new(
        "RDD1026", Severity.Error,
        "Évolution écrite avec un signe",
        "Le sens d'une évolution est donné par « evolution: baisse » ou « evolution: hausse » ; sa valeur est son ampleur, sans signe. Un signe en plus laisse un doute : « baisse » de −52, est-ce une hausse ?",
        "Écrivez la valeur sans signe (52) et gardez le sens dans « evolution » ; le site affiche « −52 % » pour une baisse, « +52 % » pour une hausse.");

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
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [NegativeAmount, PercentOutOfRange, AmountNotGiven, TotalMismatch, AmountMissing, ZeroAmount, SignedChange];

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

        foreach (var figure in report.KeyFigures)
        {
            if (CheckKeyFigure(context, figure) is { } diagnostic)
            {
                yield return diagnostic;
            }
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

    private static Diagnostic? CheckKeyFigure(ValidationContext context, KeyFigure figure)
    {
        if (figure is null)
        {
            return null;
        }

        var label = RuleText.Of(figure.Label);
        var value = new ElementRef(ElementKind.KeyFigure, RuleText.Of(figure.Id), ElementAttributes.Value);
        if (figure.Change != Change.None)
        {
            var way = figure.Change == Change.Decrease ? "baisse" : "hausse";
            var shown = (figure.Change == Change.Decrease ? "\u2212" : "+") + French.Number(Math.Abs(figure.Value)) + (IsPercent(figure.Unit) ? "\u00a0%" : string.Empty);
            if (figure.Value < 0)
            {
                return context.Diagnose(SignedChange,
                    $"Le chiffre clé « {label} » est une {way} (evolution: {way}) et sa valeur a un signe ({French.Number(figure.Value)}) : écrivez-la sans signe, {Plain(Math.Abs(figure.Value))} ; le site affichera « {shown} ».",
                    value);
            }

            return figure.Change == Change.Decrease && IsPercent(figure.Unit) && figure.Value > 100
                ? context.Diagnose(PercentOutOfRange, $"Le chiffre clé « {label} » est une baisse de {French.Number(figure.Value)} % : une baisse ne dépasse pas 100 %.", value)
                : null;
        }

        if (!IsPercent(figure.Unit) || IsRate(figure.Value))
        {
            return null;
        }

        var change = figure.Value < 0
            ? $" S'il s'agit d'une baisse, écrivez la valeur sans signe ({Plain(-figure.Value)}) et « evolution: baisse » : le site affichera « \u2212{French.Number(-figure.Value)}\u00a0% »."
            : $" S'il s'agit d'une hausse, ajoutez « evolution: hausse » : le site affichera « +{French.Number(figure.Value)}\u00a0% ».";
        return context.Diagnose(PercentOutOfRange,
            $"Le chiffre clé « {label} » vaut {French.Number(figure.Value)} % : un pourcentage est compris entre 0 et 100.{change}",
            value);
    }

    private static string Plain(decimal value) => value.ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture);

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
        else if (euros == 0)
        {
            yield return context.Diagnose(ZeroAmount, $"{subject} est de {French.Euros(0)} : le site affichera que rien n'a été dépensé. Si le montant n'est pas connu, écrivez « non communiqué » à la place de 0.", element);
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
