using System.Globalization;
using Rdd.Domain;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Site.Content;

namespace Rdd.Site.Cli;

/// <summary>The authority a new content folder is for, as <c>rdd new</c> and <c>rdd import</c> read it from their options.</summary>
/// <param name="Name">Its name, trimmed.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Population">Its population.</param>
/// <param name="Year">The year the report covers.</param>
/// <param name="Siret">The SIRET, checked, or null.</param>
/// <param name="Article">The article of its name in a sentence.</param>
internal sealed record AuthorityOptions(string Name, AuthorityKind Kind, int Population, int Year, string? Siret, AuthorityArticle Article)
{
    /// <summary>The options common to the commands that make a content folder.</summary>
    public static string[] Names { get; } = ["name", "nom", "kind", "nature", "population", "year", "annee", "siret", "article"];

    /// <summary>Reads the options, each checked in the order of the usage line with its own French message.</summary>
    /// <param name="args">The command's arguments.</param>
    /// <param name="console">Where a usage error is written.</param>
    /// <param name="usage">The command's usage line.</param>
    /// <param name="exitCode">The exit code of a usage error, else null.</param>
    /// <returns>The authority, or null after a usage error.</returns>
    public static AuthorityOptions? Read(Arguments args, Console console, string usage, out int? exitCode)
    {
        var name = args.Option("name", "nom");
        var kindText = args.Option("kind", "nature");
        var populationText = args.Option("population");
        var yearText = args.Option("year", "annee") ?? (DateTime.Now.Year - 1).ToString(CultureInfo.InvariantCulture);
        var siret = args.Option("siret")?.Trim();
        var articleText = args.Option("article");
        exitCode = ExitCodes.Usage;
        if (string.IsNullOrWhiteSpace(name) || kindText is null || populationText is null)
        {
            console.UsageError("Les options --name, --kind et --population sont obligatoires.", usage);
            return null;
        }

        var kinds = Enum.GetValues<AuthorityKind>().ToDictionary(Scaffold.KindCode);
        if (!kinds.TryGetValue(Codes.Normalize(kindText), out var kind))
        {
            var suggestion = Codes.Suggest(kindText, kinds.Keys);
            console.UsageError($"Nature inconnue « {kindText} »{(suggestion is null ? "" : $" : vouliez-vous dire « {suggestion} » ?")}", usage);
            return null;
        }

        if (!int.TryParse(populationText.Replace(" ", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var population))
        {
            console.UsageError($"Population invalide « {populationText} » : un nombre entier, sans espace.", usage);
            return null;
        }

        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
        {
            console.UsageError($"Année invalide « {yearText} ».", usage);
            return null;
        }

        if (siret is not null && SiretNumber.Problem(siret) is { } problem)
        {
            console.UsageError(SiretNumber.NonBreaking($"Le numéro SIRET « {siret} » {problem}"), usage);
            return null;
        }

        var article = articleText is null ? AuthorityArticles.Guess(name) : AuthorityArticles.Parse(articleText);
        if (article is null)
        {
            console.UsageError($"Article inconnu « {articleText} » : la, le, l', les ou aucun (« aucun » pour un nom qui s'écrit seul, comme « Carcassonne Agglo »).", usage);
            return null;
        }

        exitCode = null;
        return new AuthorityOptions(name.Trim(), kind, population, year, siret, article.Value);
    }

    /// <summary>Refuses a folder that is not new or empty, so that nothing is overwritten.</summary>
    /// <param name="folder">The folder to write.</param>
    /// <param name="command">The command, for the message (« rdd new »).</param>
    /// <returns>The message of a folder refused, else null.</returns>
    public static string? FolderProblem(string folder, string command) =>
        File.Exists(folder) ? $"« {folder} » est un fichier."
        : Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any() ? $"Le dossier « {folder} » n'est pas vide : {command} n'écrit que dans un dossier nouveau ou vide, pour ne rien écraser."
        : null;
}
