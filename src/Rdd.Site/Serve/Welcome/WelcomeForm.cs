using System.Globalization;
using Rdd.Domain;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Site.Content;

namespace Rdd.Site.Serve.Welcome;

/// <summary>
/// The fields of the welcome page « Créer le rapport », as typed: those of <c>rdd new</c> (name, kind, population,
/// year, article, publication), checked as <c>rdd new</c> checks its options, each error worded for the field it belongs to.
/// </summary>
/// <param name="Name">« Nom de la collectivité ».</param>
/// <param name="Kind">« Nature »: a kind's content code (<see cref="Scaffold.KindCode"/>).</param>
/// <param name="Population">« Population », digits (spaces allowed, as people write thousands).</param>
/// <param name="Year">« Année du rapport ».</param>
/// <param name="Article">The article's code (<c>la</c>, <c>le</c>, <c>l'</c>, <c>les</c>, <c>aucun</c>); empty for the one the name's first word takes.</param>
/// <param name="Ci">« Publication automatique »: a code of <see cref="CiPipelines.Choices"/>, empty for none.</param>
/// <param name="Levels">« Structure du document », for « Importer un document Word »: a code of <see cref="LevelChoices"/> (<c>rdd import --niveaux</c>).</param>
internal sealed record WelcomeForm(string Name, string Kind, string Population, string Year, string Article, string Ci = "", string Levels = WelcomeForm.DefaultLevels)
{
    /// <summary>The usual shape of a report: Titre 1 for the parts, Titre 2 for the sections, Titre 3 for the actions.</summary>
    public const string DefaultLevels = "partie,section,action";

    /// <summary>The shapes of a Word document the « Structure du document » list offers, as <c>--niveaux</c> writes them, with their labels.</summary>
    public static IReadOnlyList<(string Code, string Label)> LevelChoices { get; } =
    [
        (DefaultLevels, "Titre 1 : parties, Titre 2 : sections, Titre 3 : actions"),
        ("partie,action", "Titre 1 : parties, Titre 2 : actions (sans sections)"),
        ("section,action", "Titre 1 : sections, Titre 2 : actions (sans parties)"),
        ("-,partie,section,action", "Titre 1 : titre du document, Titre 2 : parties, Titre 3 : sections, Titre 4 : actions"),
    ];

    /// <summary>The kinds of the « Nature » list, in the order of <see cref="AuthorityKind"/>, with their labels.</summary>
    public static IReadOnlyList<(string Code, string Label)> Kinds { get; } = Enum.GetValues<AuthorityKind>()
        .Where(k => k != AuthorityKind.Other)
        .Select(k => (Scaffold.KindCode(k), char.ToUpper(k.FrenchLabel()[0], French.Culture) + k.FrenchLabel()[1..]))
        .ToList();

    /// <summary>The form as first shown: a commune, the report of last year.</summary>
    /// <param name="today">Today's date, whose year minus one is the report's.</param>
    /// <returns>The form.</returns>
    public static WelcomeForm Blank(DateTime today) => new(string.Empty, "commune", string.Empty, (today.Year - 1).ToString(CultureInfo.InvariantCulture), string.Empty);

    /// <summary>Reads the form's fields; a missing field is empty.</summary>
    /// <param name="field">The value of a posted field, or null.</param>
    /// <returns>The form.</returns>
    public static WelcomeForm Read(Func<string, string?> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return new(Value("nom"), Value("nature"), Value("population"), Value("annee"), Value("article"), Value("ci"), Value("niveaux") is { Length: > 0 } levels ? levels : DefaultLevels);

        string Value(string name) => field(name)?.Trim() ?? string.Empty;
    }

    /// <summary>The kind chosen, or null when the list was tampered with.</summary>
    public AuthorityKind? ParsedKind => Kinds.Any(k => k.Code == Kind) ? Enum.GetValues<AuthorityKind>().First(k => Scaffold.KindCode(k) == Kind) : null;

    /// <summary>The population typed, or null when it is not a whole number.</summary>
    public int? ParsedPopulation => int.TryParse(Population.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00a0", string.Empty, StringComparison.Ordinal).Replace("\u202f", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var population) ? population : null;

    /// <summary>The year typed, or null when it is not a year from 2000 to 2100.</summary>
    public int? ParsedYear => int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100 ? year : null;

    /// <summary>The article chosen, or the one the name's first word takes when none is; null when the list was tampered with.</summary>
    public AuthorityArticle? ParsedArticle => Article.Length == 0 ? AuthorityArticles.Guess(Name) : AuthorityArticles.Parse(Article);

    /// <summary>What is wrong, by field name, in the order of the form; empty when the report can be created.</summary>
    public IReadOnlyList<(string Field, string Message)> Errors
    {
        get
        {
            var errors = new List<(string, string)>();
            if (Name.Length == 0)
            {
                errors.Add(("nom", "Indiquez le nom de la collectivité, par exemple « Ville de Belval »."));
            }

            if (ParsedKind is null)
            {
                errors.Add(("nature", "Choisissez la nature de la collectivité dans la liste."));
            }

            if (ParsedPopulation is null)
            {
                errors.Add(("population", Population.Length == 0 ? "Indiquez la population de la collectivité." : $"La population « {Population} » n'est pas un nombre entier : écrivez-la en chiffres, par exemple 58000."));
            }

            if (ParsedYear is null)
            {
                errors.Add(("annee", $"L'année du rapport « {Year} » n'est pas une année de 2000 à 2100."));
            }

            if (ParsedArticle is null)
            {
                errors.Add(("article", "Choisissez l'article du nom dans la liste."));
            }

            if (!CiPipelines.IsKnown(Ci))
            {
                errors.Add(("ci", "Choisissez la publication automatique dans la liste."));
            }

            if (LevelChoices.All(c => c.Code != Levels))
            {
                errors.Add(("niveaux", "Choisissez la structure du document dans la liste."));
            }

            return errors;
        }
    }

    /// <summary>
    /// Whether the report is mandatory for this authority and on which articles, in one sentence, followed by the green
    /// budget annex's where that annex is due; null until the kind, the population and the year are known.
    /// </summary>
    public string? Obligation
    {
        get
        {
            if (ParsedKind is not { } kind || ParsedPopulation is not { } population || ParsedYear is not { } year)
            {
                return null;
            }

            // The report of a year precedes the budget of the next; the green budget annex goes with the accounts of the last closed year (as rdd new says).
            var report = Obligations.Assess(kind, population, year + 1).Verdict;
            var greenBudget = Obligations.AssessGreenBudget(kind, population, year - 1);
            return greenBudget.IsObliged ? $"{report} {greenBudget.Explanation}" : report;
        }
    }

    /// <summary>The files of the new content folder, as <c>rdd new</c> writes them (the pipeline chosen included); null while the form has errors.</summary>
    /// <returns>The files by relative path.</returns>
    public IReadOnlyDictionary<string, string>? Files() =>
        Errors.Count == 0 ? CiPipelines.With(Scaffold.Files(Name, ParsedKind!.Value, ParsedPopulation!.Value, ParsedYear!.Value, siret: null, ParsedArticle), Ci) : null;
}
