using Rdd.Domain;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;
using Rdd.Site.Content;
using Rdd.Site.Markup;
using Rdd.Site.Text;

namespace Rdd.Site.Pages;

/// <summary>What every page builder reads: the report, the settings, the URL scheme, and lookups computed once.</summary>
internal sealed class BuildContext
{
    public BuildContext(Report report, SiteSettings site, SiteUrls urls, ReportHistory? history = null)
    {
        Report = report;
        Site = site;
        Urls = urls;
        History = history ?? new ReportHistory([], urls.BasePath);
        Markdown = new MarkdownRenderer(report.Glossary, urls.BasePath, Root.BasePath);
        Taxonomies = TaxonomySet.For(report);
        Actions = report.AllActions().ToList();
        var bySection = new Dictionary<Section, List<PlacedAction>>();
        foreach (var placed in Actions)
        {
            if (!bySection.TryGetValue(placed.Section, out var list))
            {
                bySection[placed.Section] = list = [];
            }

            list.Add(placed);
        }

        _actionsBySection = bySection;
        foreach (var placed in Actions)
        {
            foreach (var term in placed.Terms)
            {
                var taxonomy = Codes.Normalize(term.Taxonomy);
                AddOnce(_actionsByTerm, (taxonomy, null), placed);
                AddOnce(_actionsByTerm, (taxonomy, Codes.Normalize(term.Code)), placed);
            }
        }

        Home = new Link(urls.Href(SiteUrls.Home), "Accueil");
    }

    // A section is equal only to itself (Rdd.Domain's aggregates compare by identity), so the lookup hashes in constant time.
    private readonly Dictionary<Section, List<PlacedAction>> _actionsBySection;

    // The actions of each taxonomy (code null) and of each term, keys normalised, in the report's order.
    private readonly Dictionary<(string Taxonomy, string? Code), List<PlacedAction>> _actionsByTerm = [];

    public Report Report { get; }

    /// <summary>The other years of the content folder, for continuity links, trends and the years menu.</summary>
    public ReportHistory History { get; }

    /// <summary>The URL scheme of the whole site, where shared assets live.</summary>
    public SiteUrls Root => History.Years.Count == 0 ? Urls : History.Root;

    public SiteSettings Site { get; }

    public SiteUrls Urls { get; }

    public MarkdownRenderer Markdown { get; }

    public TaxonomySet Taxonomies { get; }

    public IReadOnlyList<PlacedAction> Actions { get; }

    public Link Home { get; }

    /// <summary>The actions of <paramref name="section"/>, in the report's order.</summary>
    public IReadOnlyList<PlacedAction> ActionsOf(Section section) =>
        _actionsBySection.TryGetValue(section, out var list) ? list : [];

    public string AuthorityName => Report.Authority.Name;

    /// <summary>The site's title: site.yml's, else « Rapport développement durable de la Ville de … ».</summary>
    public string SiteTitle => Site.Title ?? $"Rapport développement durable {Report.Authority.NameAfterDe}";

    /// <summary>The legally required wording: « Accessibilité : partiellement conforme ».</summary>
    public string AccessibilityStatus => "Accessibilité : " + Site.Accessibility.Status switch
    {
        "totalement-conforme" => "totalement conforme",
        "partiellement-conforme" => "partiellement conforme",
        _ => "non conforme",
    };

    public Link LinkTo(string path, string text) => new(Urls.Href(path), text);

    /// <summary>
    /// <see cref="LinkTo"/> for the links every action repeats (its finalités, elements and terms): made once per
    /// address and text, shared by the thousands of actions that show them.
    /// </summary>
    public Link SharedLinkTo(string path, string text) => _sharedLinks.GetOrAdd((path, text), static (key, urls) => new Link(urls.Href(key.Path), key.Text), Urls);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Path, string Text), Link> _sharedLinks = new();

    public string ActionHref(PlacedAction placed) => Urls.Href(SiteUrls.Section((int)placed.Part.Kind, placed.Section.Id)) + "#" + placed.Action.Id;

    public static string PartLabel(Part part) => $"Partie {(int)part.Kind}";

    /// <summary>« 3 actions », or « 3 pratiques » in part 3, whose entries illustrate how the authority works rather than act.</summary>
    public static string CountActions(PartKind kind, int n) =>
        kind == PartKind.Modalities ? FrenchCount.Of(n, "pratique", "pratiques") : FrenchCount.Of(n, "action", "actions");

    /// <summary>The actions with a term of <paramref name="taxonomy"/> (of code <paramref name="code"/> unless null), in the report's order; ids compared as <see cref="Codes.Normalize"/> does.</summary>
    public IReadOnlyList<PlacedAction> ActionsOfTerm(string taxonomy, string? code) =>
        _actionsByTerm.TryGetValue((Codes.Normalize(taxonomy), code is null ? null : Codes.Normalize(code)), out var list) ? list : [];

    private static void AddOnce<TKey>(Dictionary<TKey, List<PlacedAction>> lookup, TKey key, PlacedAction placed)
        where TKey : notnull
    {
        if (!lookup.TryGetValue(key, out var list))
        {
            lookup[key] = list = [];
        }

        if (list.Count == 0 || !ReferenceEquals(list[^1], placed))
        {
            list.Add(placed);
        }
    }

    /// <summary>Lists actions grouped by part then section, in the report's order.</summary>
    public IReadOnlyList<PartListing> Group(IEnumerable<PlacedAction> actions)
    {
        var selected = new HashSet<PlacedAction>(actions);
        // Only the sections that hold a selected action are walked (a term's page lists a few actions of thousands).
        var sections = new HashSet<Section>(selected.Select(a => a.Section));
        return Report.Parts
            .Select(part => new PartListing(
                $"{PartLabel(part)} — {part.Title}",
                part.Sections
                    .Where(sections.Contains)
                    .Select(section => new SectionListing(
                        LinkTo(SiteUrls.Section((int)part.Kind, section.Id), section.Title),
                        ActionsOf(section).Where(selected.Contains).Select(ActionLink).ToList()))
                    .Where(s => s.Actions.Count > 0)
                    .ToList()))
            .Where(p => p.Sections.Count > 0)
            .ToList();
    }

    public ActionLink ActionLink(PlacedAction placed) => _actionLinks.GetOrAdd(placed, static (p, context) => new ActionLink(
        context.ActionHref(p),
        p.Action.Title,
        p.Action.Progress?.FrenchLabel(),
        p.Finalities.Select(Finalities.Find).OfType<Finality>().Select(f => f.ShortLabel).ToList()), this);

    // An action is listed on many pages (its finalités, elements, terms…): its link is made once, and shared (it is immutable).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<PlacedAction, ActionLink> _actionLinks = new();
}
