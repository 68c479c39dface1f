using Rdd.Domain.Validation;

namespace Rdd.Site.Extensions;

/// <summary>The diagnostics of loading extensions (codes RDD205x): an extension never stops the command with a stack trace.</summary>
public static class ExtensionDiagnostics
{
    /// <summary>RDD2050: an extension named in site.yml lies outside the content folder.</summary>
    public static DiagnosticDescriptor OutsideContent { get; } = new("RDD2050", Severity.Error,
        "Extension hors du dossier de contenu",
        "Une extension est du code exécuté par la commande rdd. Celles que nomme site.yml doivent se trouver dans le dossier de contenu, pour qu'un rapport ne puisse pas faire exécuter un fichier pris ailleurs sur l'ordinateur.",
        "Copiez la bibliothèque (.dll) dans le dossier de contenu, par exemple dans extensions/, et indiquez son chemin relatif ; ou passez-la explicitement avec « rdd build --extension chemin.dll ».")
    {
        Example = """
            ```yaml
            # site.yml
            extensions: [../../outils/MonExtension.dll]   # RDD2050
            extensions: [extensions/MonExtension.dll]      # correct
            ```
            """,
    };

    /// <summary>RDD2051: an extension cannot be loaded or created.</summary>
    public static DiagnosticDescriptor CannotLoad { get; } = new("RDD2051", Severity.Error,
        "Extension impossible à charger",
        "La bibliothèque indiquée n'a pas pu être chargée (fichier absent, pas une bibliothèque .NET, dépendance manquante) ou ne contient aucune classe publique qui implémente IReportExtension ou ISitePageProvider avec un constructeur sans paramètre. Les contrôles qu'elle ajoute n'ont donc pas été faits.",
        "Vérifiez le chemin, compilez l'extension pour .NET 10 avec la même version de Rdd.Domain, et copiez ses dépendances à côté d'elle.")
    {
        Example = """
            ```yaml
            # site.yml
            extensions: [extensions/MonExtention.dll]   # RDD2051 : le fichier s'appelle MonExtension.dll
            ```
            """,
    };

    /// <summary>RDD2052: a page an extension adds cannot be published.</summary>
    public static DiagnosticDescriptor PageRejected { get; } = new("RDD2052", Severity.Warning,
        "Page d'extension non publiée",
        "Une extension a proposé une page dont l'adresse est déjà celle d'une page du site, ou elle a échoué en préparant ses pages ; la page n'est pas publiée, le reste du site l'est.",
        "Signalez-le aux développeurs de l'extension en joignant le message ; ils choisiront une autre adresse ou corrigeront l'erreur.")
    {
        Example = """
            ```text
            warning RDD2052: L'extension « Chiffres de l'eau » propose la page « /budget/ », qui existe déjà : elle n'est pas publiée.
            ```
            """,
    };

    /// <summary>Every extension diagnostic, for documentation.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [OutsideContent, CannotLoad, PageRejected];
}
