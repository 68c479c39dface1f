using Rdd.Domain;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Site.Markup;

namespace Rdd.Site.Pages;

/// <summary>One page per part, listing its sections, and one page per section, showing every action in full.</summary>
internal static class ReportPages
{
    public static IEnumerable<PageModel> Build(BuildContext context)
    {
        var report = context.Report;
        var sections = report.Parts.SelectMany(p => p.Sections.Select(s => (Part: p, Section: s))).ToList();
        var positions = new Dictionary<Section, int>();
        for (var i = sections.Count - 1; i >= 0; i--)
        {
            positions[sections[i].Section] = i;
        }

        // Section pages hold every action's rendered Markdown, most of the page-building work: they are built in
        // parallel (each has its own abbreviation scope), then given in the report's order.
        var sectionPages = Enumerable.Range(0, sections.Count).AsParallel().AsOrdered().Select(i => SectionPage(context, sections, i)).ToList();

        foreach (var part in report.Parts)
        {
            var partPath = SiteUrls.Part((int)part.Kind);
            var abbreviations = new AbbreviationScope();
            yield return new PartPage
            {
                Path = partPath,
                Title = $"{BuildContext.PartLabel(part)} — {part.Title}",
                MenuKey = Anchors.Part((int)part.Kind),
                Breadcrumb = [context.Home, new Link(string.Empty, BuildContext.PartLabel(part))],
                Lead = PageBuilder.PartSummary(part.Kind),
                Introduction = Html.Raw(context.Markdown.Render(part.Introduction, 2, abbreviations)),
                Groups = SectionGroups(context, part),
            };

            foreach (var section in part.Sections)
            {
                yield return sectionPages[positions[section]];
            }
        }

        if (DigitalStrategy(context) is { } digitalStrategy)
        {
            yield return digitalStrategy;
        }
    }

    /// <summary>The title of the annual review of the responsible digital strategy, on its page and in the printable report.</summary>
    public const string DigitalStrategyTitle = "Le bilan de la stratégie numérique responsable";

    /// <summary>The lead of that review's page and chapter: what it is and which article asks for it.</summary>
    public static string DigitalStrategyLead(BuildContext context) =>
        $"Le bilan annuel de la stratégie numérique responsable {context.Report.Authority.NameAfterDe}, qui vise à réduire l'empreinte environnementale du numérique{(Obligations.DigitalStrategyReview.BasisFor(context.Report.Authority.Kind) is { } basis ? $" ({basis.Reference})" : string.Empty)}.";

    /// <summary>The page of the review of the responsible digital strategy (numerique-responsable.md), when the report holds one.</summary>
    private static TextPage? DigitalStrategy(BuildContext context)
    {
        if (string.IsNullOrWhiteSpace(context.Report.DigitalStrategyReview))
        {
            return null;
        }

        return new TextPage
        {
            Path = SiteUrls.DigitalStrategy,
            Title = DigitalStrategyTitle,
            MenuKey = "numerique-responsable",
            Breadcrumb = [context.Home, new Link(string.Empty, "Numérique responsable")],
            Lead = DigitalStrategyLead(context),
            Body = Html.Raw(context.Markdown.Render(context.Report.DigitalStrategyReview, 2, new AbbreviationScope())),
        };
    }

    private static SectionPage SectionPage(BuildContext context, List<(Part Part, Section Section)> sections, int index)
    {
        var (part, section) = sections[index];
        var partCrumb = context.LinkTo(SiteUrls.Part((int)part.Kind), BuildContext.PartLabel(part));
        var sectionAbbreviations = new AbbreviationScope();
        var placed = context.ActionsOf(section);
        return new SectionPage
        {
            Path = SiteUrls.Section((int)part.Kind, section.Id),
            Title = section.Title,
            MenuKey = Anchors.Part((int)part.Kind),
            Breadcrumb = [context.Home, partCrumb, new Link(string.Empty, section.Title)],
            Group = section.Group,
            Lead = SectionLead(part, section, placed.Count),
            Introduction = Html.Raw(context.Markdown.Render(section.Introduction, 2, sectionAbbreviations)),
            Actions = placed.Select(a => ActionViews.Build(context, a, 2, sectionAbbreviations, context.Urls.Href(SiteUrls.Home))).ToList(),
            Previous = index > 0 ? SectionLink(context, sections[index - 1]) : null,
            Next = index + 1 < sections.Count ? SectionLink(context, sections[index + 1]) : null,
        };
    }

    /// <summary>
    /// The part's sections, group by group. Where some sections have a group and others not, the others get a visible
    /// heading of their own (« Autres sections »): otherwise they would look part of the group above them on screen,
    /// while a screen reader hears them at the groups' level.
    /// </summary>
    private static List<CardGroup> SectionGroups(BuildContext context, Part part)
    {
        var groups = part.Sections.GroupAdjacentBy(s => s.Group).ToList();
        var untitled = groups.Any(g => g.Key is not null) ? "Autres sections" : null;
        return groups.Select(g => new CardGroup(g.Key ?? untitled, g.Select(s => SectionCard(context, part, s)).ToList())).ToList();
    }

    /// <summary>
    /// « 3 actions, toutes au service de la lutte contre le changement climatique. », « 1 pratique, qui illustre
    /// l'évaluation partagée. »: the count, and what the section's header gives every action.
    /// </summary>
    private static string SectionLead(Part part, Section section, int count)
    {
        var finalities = section.DefaultFinalities.Select(Finalities.Find).OfType<Finality>().Select(f => OfLabel(f.Label)).ToList();
        var elements = section.DefaultGovernanceElements.Select(GovernanceElements.Find).OfType<GovernanceElement>().Select(e => French.LowerFirst(e.Label)).ToList();
        var phrases = new List<string>();
        if (finalities.Count > 0)
        {
            phrases.Add((count > 1 ? "toutes au service " : "au service ") + JoinWithEt(finalities));
        }

        if (elements.Count > 0)
        {
            phrases.Add((count > 1 ? "qui illustrent " : "qui illustre ") + JoinWithEt(elements));
        }

        var counted = BuildContext.CountActions(part.Kind, count);
        return phrases.Count == 0 ? $"{counted}." : $"{counted}, {string.Join(", ", phrases)}.";
    }

    /// <summary>« la lutte contre… » from « La lutte contre… »: a label that opens with its article, placed mid-sentence.</summary>

    /// <summary>« de la lutte… », « de l'épanouissement… », « d'une dynamique… »: « de » before a label that opens with its article.</summary>
    private static string OfLabel(string label)
    {
        var lower = French.LowerFirst(label);
        return lower.StartsWith("une ", StringComparison.Ordinal) || lower.StartsWith("un ", StringComparison.Ordinal) ? "d'" + lower : "de " + lower;
    }

    /// <summary>« a, b et c ».</summary>
    private static string JoinWithEt(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " et " + items[^1];

    private static Card SectionCard(BuildContext context, Part part, Section section)
    {
        var finalities = context.ActionsOf(section).SelectMany(a => a.Finalities).Distinct()
            .Select(Finalities.Find).OfType<Finality>().OrderBy(f => f.Number).Select(f => f.ShortLabel).ToList();
        var meta = BuildContext.CountActions(part.Kind, section.Actions.Count) + (finalities.Count > 0 ? " · " + string.Join(", ", finalities) : string.Empty);
        return new Card(context.LinkTo(SiteUrls.Section((int)part.Kind, section.Id), section.Title), null, meta);
    }

    private static Link SectionLink(BuildContext context, (Part Part, Section Section) target) =>
        context.LinkTo(SiteUrls.Section((int)target.Part.Kind, target.Section.Id), target.Section.Title);
}

/// <summary>Sequence helpers.</summary>
internal static class SequenceExtensions
{
    /// <summary>Groups consecutive items with the same key, keeping order (sections of the same group stay together).</summary>
    public static IEnumerable<IGrouping<TKey?, T>> GroupAdjacentBy<T, TKey>(this IEnumerable<T> items, Func<T, TKey?> key)
    {
        var groups = new List<Grouping<TKey?, T>>();
        foreach (var item in items)
        {
            var k = key(item);
            if (groups.Count == 0 || !EqualityComparer<TKey?>.Default.Equals(groups[^1].Key, k))
            {
                groups.Add(new Grouping<TKey?, T>(k));
            }

            groups[^1].Items.Add(item);
        }

        return groups;
    }

    private sealed class Grouping<TKey, T>(TKey key) : IGrouping<TKey, T>
    {
        public List<T> Items { get; } = [];

        public TKey Key { get; } = key;

        public IEnumerator<T> GetEnumerator() => Items.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
