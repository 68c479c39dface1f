namespace Rdd.Domain.Validation.Rules;

/// <summary>
/// Example content left by <c>rdd new</c> (actions, key figures, budget lines and indicators whose id starts with
/// <c>exemple-</c>) is still in the report: the report
/// can be built, but the author has something to fill in. The reason is editorial, not legal.
/// </summary>
public sealed class ExampleLeftoversRule : IReportRule
{
    /// <summary>The id prefix of example content.</summary>
    public const string Prefix = "exemple-";

    /// <summary>RDD1060: example content still in the report.</summary>
    public static DiagnosticDescriptor ExampleLeft { get; } = new(
        "RDD1060", Severity.Warning,
        "Contenu d'exemple à remplacer",
        "Le dossier créé par « rdd new » contient des exemples qui montrent la syntaxe ; ils ne doivent pas être publiés tels quels.",
        "Remplacez l'exemple par le contenu de la collectivité (et son identifiant, qui commence par « exemple- »), ou supprimez-le.");

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [ExampleLeft];

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var placed in context.Report.AllActions().Where(a => a.Action.Id?.StartsWith(Prefix, StringComparison.Ordinal) == true))
        {
            yield return context.Diagnose(ExampleLeft, $"L'action d'exemple « {placed.Action.Title} » est encore là : remplacez-la par une action de la collectivité.", new ElementRef(ElementKind.Action, placed.Action.Id));
        }

        foreach (var figure in context.Report.KeyFigures.Where(f => f.Id?.StartsWith(Prefix, StringComparison.Ordinal) == true))
        {
            yield return context.Diagnose(ExampleLeft, $"Le chiffre clé d'exemple « {figure.Label} » est encore là : remplacez-le par un chiffre de l'année.", new ElementRef(ElementKind.KeyFigure, figure.Id));
        }

        foreach (var line in (context.Report.Budget?.Lines ?? []).Where(l => l?.Id?.StartsWith(Prefix, StringComparison.Ordinal) == true))
        {
            yield return context.Diagnose(ExampleLeft, $"La ligne de budget d'exemple « {line.Policy} » est encore là : remplacez-la par une politique publique de la collectivité.", new ElementRef(ElementKind.BudgetLine, line.Id));
        }

        foreach (var indicator in context.Report.Indicators.Where(i => i?.Id?.StartsWith(Prefix, StringComparison.Ordinal) == true))
        {
            yield return context.Diagnose(ExampleLeft, $"L'indicateur d'exemple « {indicator.Label} » est encore là : remplacez-le par un indicateur suivi par la collectivité.", new ElementRef(ElementKind.Indicator, indicator.Id));
        }
    }
}
