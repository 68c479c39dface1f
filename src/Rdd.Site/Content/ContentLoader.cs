using System.Globalization;
using System.Text.RegularExpressions;
using Rdd.Domain;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;
using Rdd.Domain.Validation;
using Rdd.Site.Audit;
using Rdd.Site.Policy;

namespace Rdd.Site.Content;

/// <summary>
/// Reads a content folder (site.yml, one folder per year of Markdown and YAML files) into reports, recording where
/// every element was written. It never throws on content: everything wrong becomes a diagnostic.
/// </summary>
public static partial class ContentLoader
{
    internal static readonly string[] YearFiles =
        ["rapport.yml", "introduction.md", "lecture.md", "numerique-responsable.md", "chiffres-cles.yml", "budget.yml", GreenBudgetReader.FileName, "indicateurs.yml", "glossaire.yml"];

    internal static readonly string[] YearFolders = ["partie-1", "partie-2", "partie-3", "strategie", "images"];

    private static readonly string[] RootFolders = ["schemas", "images", "medias", "extensions"];

    /// <summary>The report <c>rdd import</c> leaves beside site.yml: the author's to read, not a file of the report.</summary>
    internal const string ImportReportFile = "import.md";

    private static readonly Authority UnknownAuthority = new() { Name = "?", Kind = AuthorityKind.Other, Population = 0 };

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex YearFolderPattern();

    [GeneratedRegex(@"^\d+[-_. ]*")]
    private static partial Regex OrderPrefix();

    /// <summary>Reads a content folder.</summary>
    /// <param name="root">The folder.</param>
    /// <returns>The content, with its diagnostics.</returns>
    public static LoadedContent Load(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var bag = new DiagnosticBag();
        if (!Directory.Exists(root))
        {
            bag.Add(ContentDiagnostics.FolderMissing, $"Le dossier de contenu « {root} » n'existe pas.", new SourceLocation(root));
            return new LoadedContent(root, new SiteSettings(), [], bag.Items);
        }

        var site = LoadSite(root, bag) with { Audit = AuditReader.Read(root, bag) };
        var media = new SortedSet<string>(StringComparer.Ordinal);
        var years = new List<ContentYear>();
        List<string> yearFolders;
        try
        {
            yearFolders = Directory.EnumerateDirectories(root).Select(Path.GetFileName).OfType<string>()
                .Where(n => YearFolderPattern().IsMatch(n)).Order(StringComparer.Ordinal).ToList();
            ReportUnexpected(root, string.Empty, [.. yearFolders, .. RootFolders], ["site.yml", "README.md", "readme.md", ImportReportFile, AuditReport.FileName, AuditReport.SummaryFileName, site.Logo ?? string.Empty, .. site.Extensions.Select(e => e.Path)], bag, allowExtensions: [.. MediaPolicy.ImageExtensions, ".txt", ".gitkeep"]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Add(ContentDiagnostics.FolderMissing, $"Le dossier de contenu « {root} » n'a pas pu être lu : {e.Message}", new SourceLocation(root));
            return new LoadedContent(root, site, [], bag.Items);
        }

        if (yearFolders.Count == 0)
        {
            bag.Add(ContentDiagnostics.RequiredFileMissing, "Aucun dossier d'année : créez un dossier nommé par l'année du rapport (par exemple « 2024 ») contenant rapport.yml.", new SourceLocation("."));
        }

        foreach (var folder in yearFolders)
        {
            // Without a valid authority the year is still read, so that every mistake is reported at once; it is not kept.
            var year = new YearLoader(root, folder, site.Authority ?? UnknownAuthority, bag, media).Load();
            if (site.Authority is not null && year is not null)
            {
                years.Add(year);
            }
        }

        return new LoadedContent(root, site, years, bag.Items) { Media = media };
    }

    /// <summary>Whether the site.yml of a content folder names extensions (its mistakes are left to the command that reads it).</summary>
    /// <param name="root">The content folder.</param>
    /// <returns>True when <c>extensions:</c> lists at least one.</returns>
    internal static bool DeclaresExtensions(string root) =>
        Directory.Exists(root) && LoadSite(root, new DiagnosticBag()).Extensions.Count > 0;

    private static SiteSettings LoadSite(string root, DiagnosticBag bag)
    {
        if (!File.Exists(Path.Combine(root, "site.yml")))
        {
            bag.Add(ContentDiagnostics.RequiredFileMissing, "Le fichier « site.yml » manque : il décrit la collectivité (nom, nature, population) et les réglages du site.", new SourceLocation("site.yml"));
            return new SiteSettings();
        }

        var source = SourceText.Read(root, "site.yml", bag);
        if (source is null)
        {
            return new SiteSettings();
        }

        var reader = MappingReader.Parse(source, source.Text, 1, ContentShapes.Site, bag);
        if (reader is null)
        {
            return new SiteSettings();
        }

        var authority = ReadAuthority(reader.Object("collectivite"), bag);
        var options = reader.Object("site");
        var accessibility = reader.Object("accessibilite");
        var auditDate = accessibility?.Date("date_audit");
        var settings = new SiteSettings
        {
            Authority = authority,
            Title = options?.Text("titre"),
            AccentColour = options is null ? null : ReadAccentColour(options, bag),
            Logo = options?.Text("logo"),
            Url = options?.Text("url"),
            Licence = options?.Text("licence") ?? SiteSettings.DefaultLicence,
            Contact = options?.Text("contact"),
            LegalNotice = reader.Text("mentions_legales"),
            Extensions = reader.List("extensions").Select(e => new ExtensionReference(e.Value, e.Location)).ToList(),
            Accessibility = accessibility is null ? new AccessibilitySettings() : new AccessibilitySettings
            {
                Status = accessibility.Choice("etat") ?? "non-conforme",
                Rate = accessibility.Number("taux"),
                AuditDate = auditDate,
                StatementDate = accessibility.Date("date_declaration") ?? auditDate,
                Auditor = accessibility.Text("auditeur"),
                NonAccessibleContent = accessibility.List("contenus_non_accessibles").Select(i => i.Value).ToList(),
                Contact = accessibility.Text("contact"),
                MultiYearPlan = accessibility.Text("schema_pluriannuel"),
                ActionPlan = accessibility.Text("plan_annuel"),
            },
        };
        CheckStatement(settings, accessibility?.Location ?? reader.Location, bag);
        return settings;
    }

    /// <summary>
    /// The accessibility statement must give its date and a means of contact (RGAA, article 47 of loi n° 2005-102):
    /// RDD2090 and RDD2091 when site.yml gives neither, at the statement's settings or at the top of the file.
    /// </summary>
    private static void CheckStatement(SiteSettings settings, SourceLocation where, DiagnosticBag bag)
    {
        if (settings.Accessibility.StatementDate is null)
        {
            bag.Add(ContentDiagnostics.StatementUndated,
                "La déclaration d'accessibilité n'a pas de date : indiquez dans site.yml, sous « accessibilite: », la date à laquelle elle a été établie (« date_declaration: 2025-11-15 »).",
                where);
        }

        if (settings.Accessibility.Contact is null && settings.Contact is null)
        {
            bag.Add(ContentDiagnostics.StatementWithoutContact,
                "La déclaration d'accessibilité ne donne aucun moyen de contact : indiquez dans site.yml, sous « accessibilite: », une adresse électronique ou un formulaire (« contact: accessibilite@exemple.fr »), pour qu'un lecteur puisse signaler un défaut et obtenir le contenu sous une autre forme.",
                where);
        }
    }

    /// <summary>
    /// The accent colour, « #rrggbb » in lower case; null (the default colour is then used) when absent, malformed
    /// (RDD2015) or lighter than 4.5:1 against white (RDD2016).
    /// </summary>
    private static string? ReadAccentColour(MappingReader options, DiagnosticBag bag)
    {
        var text = options.Text("couleur");
        if (text is null)
        {
            return null;
        }

        if (!AccentColour.TryParse(text, out var colour))
        {
            bag.Add(ContentDiagnostics.InvalidValue,
                $"Couleur « {text} » non reconnue pour « couleur » : écrivez-la en hexadécimal, un dièse suivi de six chiffres ou lettres de a à f, par exemple « #0b5a7a ».",
                options.ValueLocation("couleur"));
            return null;
        }

        var ratio = colour.ContrastWithWhite;
        if (ratio < AccentColour.MinimumContrast)
        {
            var darker = colour.DarkenedToContrast(AccentColour.MinimumContrast);
            bag.Add(ContentDiagnostics.AccentTooLight,
                string.Create(AccentColour.French,
                    $"La couleur d'accent « {text} » contraste à {AccentColour.Floor(ratio):0.00}:1 seulement avec le blanc ; il faut au moins 4,5:1 pour que les liens et le menu restent lisibles. Choisissez une couleur plus foncée, par exemple « {darker} » (même teinte, {AccentColour.Floor(darker.ContrastWithWhite):0.00}:1)."),
                options.ValueLocation("couleur"));
            return null;
        }

        return colour.ToString();
    }

    private static Authority? ReadAuthority(MappingReader? reader, DiagnosticBag bag)
    {
        if (reader is null)
        {
            return null;
        }

        var name = reader.Text("nom");
        var kind = reader.Choice("nature") switch
        {
            "commune" => AuthorityKind.Commune,
            "epci" => AuthorityKind.Intercommunality,
            "departement" => AuthorityKind.Department,
            "region" => AuthorityKind.Region,
            "corse" => AuthorityKind.Corsica,
            "metropole-lyon" => AuthorityKind.LyonMetropolis,
            "martinique" => AuthorityKind.Martinique,
            "guyane" => AuthorityKind.FrenchGuiana,
            "autre" => AuthorityKind.Other,
            _ => (AuthorityKind?)null,
        };
        var population = reader.Integer("population");
        if (name is null || kind is null || population is null)
        {
            return null;
        }

        var siret = ReadSiret(reader, bag);
        return new Authority
        {
            Name = name, Article = ReadArticle(reader, name), Kind = kind.Value, Population = population.Value, LegalForm = reader.Text("forme_juridique"),
            Siren = reader.Text("siren") ?? siret?[..9], Siret = siret,
        };
    }

    /// <summary>
    /// The article of the name (« article: la »), the apostrophe a word processor types accepted; absent, the one its first
    /// word takes (<see cref="AuthorityArticles.Guess"/>); unknown, an error (RDD2015) and no article.
    /// </summary>
    private static AuthorityArticle ReadArticle(MappingReader authority, string name)
    {
        if (authority.Text("article") is not { } text)
        {
            return AuthorityArticles.Guess(name);
        }

        if (AuthorityArticles.Parse(text) is { } article)
        {
            return article;
        }

        _ = authority.Choice("article");
        return AuthorityArticle.None;
    }

    /// <summary>
    /// The SIRET, checked (RDD2095: length, digits, Luhn key) and compared with the SIREN when both are given
    /// (RDD2096); null when absent or wrong, so that no wrong identifier is published.
    /// </summary>
    private static string? ReadSiret(MappingReader authority, DiagnosticBag bag)
    {
        var siret = authority.Text("siret");
        if (siret is null)
        {
            return null;
        }

        if (SiretNumber.Problem(siret) is { } problem)
        {
            bag.Add(ContentDiagnostics.MalformedSiret, SiretNumber.NonBreaking($"Le numéro SIRET « {siret} » {problem}"), authority.ValueLocation("siret"));
            return null;
        }

        if (authority.Text("siren") is { } siren && siren != siret[..9])
        {
            bag.Add(ContentDiagnostics.SiretNotOfSiren,
                SiretNumber.NonBreaking($"Le SIRET « {siret} » commence par le SIREN « {siret[..9]} », mais « siren: » indique « {siren} » : le SIREN est formé des 9 premiers chiffres du SIRET. Corrigez celui des deux qui est faux, ou supprimez « siren: », que Rdd déduit du SIRET."),
                authority.ValueLocation("siren"));
        }

        return siret;
    }

    /// <summary>Warns about files and folders that are not part of the format, suggesting the name they were probably meant to have.</summary>
    internal static void ReportUnexpected(string root, string relativeFolder, IReadOnlyCollection<string> knownFolders, IReadOnlyCollection<string> knownFiles, DiagnosticBag bag, IReadOnlyCollection<string>? allowExtensions = null)
    {
        var folder = Path.Combine(root, relativeFolder);
        foreach (var directory in Directory.EnumerateDirectories(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal))
        {
            if (directory.StartsWith('.') || knownFolders.Contains(directory))
            {
                continue;
            }

            var suggestion = Codes.Suggest(directory, knownFolders);
            bag.Add(ContentDiagnostics.UnexpectedFile,
                $"Le dossier « {Join(relativeFolder, directory)} » n'est pas pris en compte{(suggestion is null ? "." : $" : vouliez-vous dire « {suggestion} » ?")}",
                new SourceLocation(Join(relativeFolder, directory)));
        }

        foreach (var file in Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal))
        {
            var extension = Path.GetExtension(file).ToLowerInvariant();
            if (file.StartsWith('.') || knownFiles.Contains(file) || allowExtensions?.Contains(extension) == true || file.EndsWith('~'))
            {
                continue;
            }

            var suggestion = Codes.Suggest(file, knownFiles.Where(f => f.Length > 0));
            bag.Add(ContentDiagnostics.UnexpectedFile,
                $"Le fichier « {Join(relativeFolder, file)} » n'est pas pris en compte{(suggestion is null ? "." : $" : vouliez-vous dire « {suggestion} » ?")}",
                new SourceLocation(Join(relativeFolder, file)));
        }
    }

    internal static string Join(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;

    internal static string SlugOfFile(string fileName) => Codes.Slugify(OrderPrefix().Replace(Path.GetFileNameWithoutExtension(fileName), string.Empty));

    internal static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
