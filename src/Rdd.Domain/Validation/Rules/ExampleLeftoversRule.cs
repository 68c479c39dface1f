namespace Rdd.Domain.Validation.Rules;

/// <summary>
/// Example content left by <c>rdd new</c> (ids starting with <c>exemple-</c>) is still in the report: the report
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
    }
}
