using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;
using Rdd.Site.Markup;

namespace Rdd.Site.Pages;

/// <summary>Builds the full view of an action: badges, progress, body, links to its terms, figures, partners and places.</summary>
internal static class ActionViews
{
    /// <summary>The view of an action.</summary>
    /// <param name="context">The build context.</param>
    /// <param name="placed">The action.</param>
    /// <param name="headingLevel">The level of the action's title.</param>
    /// <param name="abbreviations">The acronyms already expanded on the page.</param>
    /// <param name="keyFigurePage">The address of the page that shows the key figures: the home page's, or empty on a page that shows them itself.</param>
    /// <returns>The view.</returns>
    public static ActionView Build(BuildContext context, PlacedAction placed, int headingLevel, AbbreviationScope abbreviations, string keyFigurePage)
    {
        var action = placed.Action;
        return new ActionView
        {
            Anchor = action.Id,
            Title = action.Title,
            HeadingLevel = headingLevel,
            ProgressCode = action.Progress?.Code(),
            ProgressLabel = action.Progress?.FrenchLabel(),
            Finalities = placed.Finalities.Select(Finalities.Find).OfType<Finality>()
                .Select(f => new FinalityBadge(f.Code, f.ShortLabel, context.SharedLinkTo(SiteUrls.Finality(f.Code), f.ShortLabel).Href))
                .ToList(),
            Elements = placed.GovernanceElements.Select(GovernanceElements.Find).OfType<GovernanceElement>()
                .Select(e => context.SharedLinkTo(SiteUrls.Element(e.Code), e.ShortLabel))
                .ToList(),
            Body = Html.Raw(context.Markdown.Render(action.Body, headingLevel + 1, abbreviations)),
            Details = Details(context, placed, keyFigurePage),
        };
    }

    /// <summary>The links under an action: its terms, its key figures (on <paramref name="keyFigurePage"/>), the years before and after, partners and places.</summary>
    /// <param name="context">The build context.</param>
    /// <param name="placed">The action.</param>
    /// <param name="keyFigurePage">The address of the page that shows the key figures; empty for the page itself.</param>
    /// <returns>The groups of links, in the order shown.</returns>
    public static IReadOnlyList<LinkGroup> Details(BuildContext context, PlacedAction placed, string keyFigurePage)
    {
        var action = placed.Action;
        var details = new List<LinkGroup>();
        foreach (var group in placed.Terms.GroupBy(t => t.Taxonomy, StringComparer.Ordinal))
        {
            var taxonomy = context.Taxonomies.Find(group.Key);
            if (taxonomy is null)
            {
                continue;
            }

            var links = group
                .Select(reference => (reference, term: context.Taxonomies.Resolve(reference)))
                .Where(t => t.term is not null)
                .Select(t => context.SharedLinkTo(SiteUrls.Term(taxonomy.Id, t.term!.Code), t.term.Label))
                .ToList();
            if (links.Count > 0)
            {
                details.Add(new LinkGroup(taxonomy.Name, links));
            }
        }

        var figures = action.Figures
            .Select(id => context.Report.KeyFigures.FirstOrDefault(f => f.Id == id))
            .OfType<KeyFigure>()
            .Select(f => new Link(keyFigurePage + "#" + Anchors.KeyFigure(f.Id), KeyFigureViews.Sentence(f)))
            .ToList();
        if (figures.Count > 0)
        {
            details.Add(new LinkGroup("Chiffres clés", figures));
        }

        var year = context.Report.Year;
        if (context.History.PreviousVersion(year, action) is { } previous)
        {
            details.Add(new LinkGroup("Suite de l'action de l'année précédente", [previous]));
        }

        if (context.History.NextVersion(year, action) is { } next)
        {
            details.Add(new LinkGroup("Poursuivie l'année suivante", [next]));
        }

        if (action.Partners.Count > 0)
        {
            details.Add(new LinkGroup("Partenaires", action.Partners.Select(p => new Link(string.Empty, p)).ToList()));
        }

        if (action.Places.Count > 0)
        {
            details.Add(new LinkGroup("Lieux", action.Places.Select(p => new Link(string.Empty, p)).ToList()));
        }

        return details;
    }
}

/// <summary>Formats key figures the French way.</summary>
internal static class KeyFigureViews
{
    public static string Value(KeyFigure figure)
    {
        var prefix = figure.Approximation switch
        {
            Approximation.AtLeast => "plus de ",
            Approximation.AtMost => "moins de ",
            Approximation.About => "environ ",
            _ => string.Empty,
        };
        var unit = IsShortUnit(figure) ? "\u00a0" + figure.Unit : string.Empty;
        var sign = figure.Change switch
        {
            Change.Decrease => "\u2212",
            Change.Increase => "+",
            _ => string.Empty,
        };
        var number = figure.Change == Change.None ? Rdd.Domain.French.Number(figure.Value) : sign + Rdd.Domain.French.Number(Math.Abs(figure.Value));
        return prefix + number + unit;
    }

    /// <summary>What is written after the value: a long unit (« millions d'euros ») joins the label rather than the big number.</summary>
    public static string Label(KeyFigure figure) => IsShortUnit(figure) || figure.Unit.Length == 0 ? figure.Label : $"{figure.Unit} {figure.Label}";

    public static string Sentence(KeyFigure figure) => $"{Value(figure)} {Label(figure)}";

    public static KeyFigureView View(KeyFigure figure) => new(figure.Theme, Value(figure), Label(figure)) { Anchor = Anchors.KeyFigure(figure.Id) };

    private static bool IsShortUnit(KeyFigure figure) => figure.Unit.Length is > 0 and <= 3;
}
