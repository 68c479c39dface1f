using System.Text.Json;
using Rdd.Domain.Validation;
using Rdd.Site.Audit;

namespace Rdd.Site.Content;

/// <summary>
/// Reads <see cref="AuditReport.FileName"/> in a content folder, as rdd audit writes it (<see cref="AuditWriter"/>).
/// The file is optional: without it the statement says that no automatic check was made; a file that cannot be read is RDD2100, a warning (the site is
/// still published, and rdd audit can still build it to write a new report), and the statement then says the same,
/// since nothing the file holds can be trusted.
/// </summary>
internal static class AuditReader
{
    /// <summary>RDD2100: audit-accessibilite.json cannot be read.</summary>
    public static DiagnosticDescriptor Malformed { get; } = new("RDD2100", Severity.Warning,
        "Rapport d'audit d'accessibilité illisible",
        "Le fichier «\u00a0audit-accessibilite.json\u00a0», écrit par la commande rdd audit à côté de site.yml, dit dans la déclaration d'accessibilité quels outils ont vérifié quelles pages, quand, et avec quel résultat. Un fichier modifié à la main ou tronqué ne peut pas en témoigner.",
        "Relancez «\u00a0rdd audit\u00a0», qui réécrit le fichier. D'ici là, la déclaration dit qu'aucune vérification automatique n'a été faite.") { Example = """
```text
content/audit-accessibilite.json(4,1): warning RDD2100: «\u00a0audit-accessibilite.json\u00a0» n'est pas un rapport de rdd audit lisible, près de «\u00a0pages\u00a0».
```
""" };

    /// <summary>The audit report of a content folder; null when there is none, or when it cannot be read (RDD2100).</summary>
    /// <param name="root">The content folder.</param>
    /// <param name="bag">Where RDD2100 and reading errors go.</param>
    /// <returns>The report, or null.</returns>
    public static AuditReport? Read(string root, DiagnosticBag bag)
    {
        if (!File.Exists(Path.Combine(root, AuditReport.FileName)))
        {
            return null;
        }

        var source = SourceText.Read(root, AuditReport.FileName, bag);
        if (source is null)
        {
            return null;
        }

        AuditReport? report;
        try
        {
            report = JsonSerializer.Deserialize(source.Text, AuditJson.Default.AuditReport);
        }
        catch (JsonException e)
        {
            var where = e.Path is { Length: > 1 } path ? $", près de «\u00a0{path[2..]}\u00a0»" : string.Empty;
            bag.Add(Malformed, $"«\u00a0{AuditReport.FileName}\u00a0» n'est pas un rapport de rdd audit lisible{where}.", source.At((int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1));
            return null;
        }

        var misplaced = report?.Pages.FirstOrDefault(p => !p.Url.StartsWith('/'));
        if (report is null || misplaced is not null)
        {
            bag.Add(Malformed, misplaced is null
                ? $"«\u00a0{AuditReport.FileName}\u00a0» est vide."
                : $"Dans «\u00a0{AuditReport.FileName}\u00a0», l'adresse «\u00a0{misplaced.Url}\u00a0» ne part pas de la racine du site («\u00a0/\u00a0»).", source.At(1, 1));
            return null;
        }

        return report;
    }
}
