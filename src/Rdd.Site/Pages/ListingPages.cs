using Rdd.Domain;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;
using Rdd.Site.Markup;
using Rdd.Site.Text;

namespace Rdd.Site.Pages;

/// <summary>The pages that list actions by finalité, by governance element and by taxonomy term, with their index pages.</summary>
internal static class ListingPages
{
    public static IEnumerable<PageModel> Build(BuildContext context) =>
        [.. FinalityPages(context), .. ElementPages(context), .. Taxonomies(context)];

    /// <summary>The finalités' index and one page per finalité.</summary>
    private static IEnumerable<PageModel> FinalityPages(BuildContext context)
    {
        var finalitiesCrumb = context.LinkTo(SiteUrls.Finalities, "Finalités");
        // The actions of each finalité, found once for its card, its page's lead and its page's list.
        var actionsOf = Finalities.All.ToDictionary(f => f.Code, f => context.Actions.Where(a => a.Finalities.Contains(f.Code)).ToList());
        yield return new IndexPage
        {
            Path = SiteUrls.Finalities,
            Title = "Les cinq finalités du développement durable",
            MenuKey = "finalites",
            Breadcrumb = [context.Home, new Link(string.Empty, "Finalités")],
            Lead = "Le code de l'environnement (article L110-1, III) fixe cinq finalités au développement durable ; chaque action des parties 1 et 2 est rattachée à au moins l'une d'elles.",
            Groups = [new CardGroup(null, Finalities.All.Select(f => new Card(
                context.LinkTo(SiteUrls.Finality(f.Code), f.Label), null,
                FrenchCount.Of(actionsOf[f.Code].Count, "action", "actions"),
                f.Code)).ToList())],
        };

        foreach (var finality in Finalities.All)
        {
            yield return new ListingPage
            {
                Path = SiteUrls.Finality(finality.Code),
                Title = finality.Label,
                MenuKey = "finalites",
                Breadcrumb = [context.Home, finalitiesCrumb, new Link(string.Empty, finality.ShortLabel)],
                Finality = finality.Code,
                Lead = $"Finalité {finality.Number} du développement durable. " + Attached(actionsOf[finality.Code].Count),
                Facts =
                [
                    new Fact("Fondement", finality.LegalBasis.Reference),
                    .. finality.Wordings.Select(w => new Fact($"Rédaction depuis le {w.From.ToString("d MMMM yyyy", French.Culture)}", $"{w.Text} {InfoPages.InParentheses(w.Basis.Reference)}")),
                ],
                Parts = context.Group(actionsOf[finality.Code]),
                EmptyText = "Aucune action n'est rattachée à cette finalité dans ce rapport.",
            };
        }

    }

    /// <summary>The governance elements' index and one page per element.</summary>
    private static IEnumerable<PageModel> ElementPages(BuildContext context)
    {
        // The elements' pages belong to part 3 in the menu: the breadcrumb goes through it too, so that both agree.
        var governance = context.Report.Parts.Where(p => p.Kind == PartKind.Modalities)
            .Select(p => context.LinkTo(SiteUrls.Part((int)p.Kind), BuildContext.PartLabel(p))).ToList();
        var elementsCrumb = context.LinkTo(SiteUrls.Elements, "Éléments de la démarche");
        yield return new IndexPage
        {
            Path = SiteUrls.Elements,
            Title = "Les cinq éléments déterminants de la démarche",
            MenuKey = Anchors.Part((int)PartKind.Modalities),
            Breadcrumb = [context.Home, .. governance, new Link(string.Empty, "Éléments de la démarche")],
            Lead = "Le cadre de référence de 2006 des projets territoriaux de développement durable fixe cinq éléments de méthode ; la partie 3 du rapport montre comment la collectivité les met en pratique.",
            Groups = [new CardGroup(null, GovernanceElements.All.Select(e => new Card(
                context.LinkTo(SiteUrls.Element(e.Code), e.Label), null,
                FrenchCount.Of(context.Actions.Count(a => a.GovernanceElements.Contains(e.Code)), "pratique", "pratiques"))).ToList())],
        };

        foreach (var element in GovernanceElements.All)
        {
            yield return new ListingPage
            {
                Path = SiteUrls.Element(element.Code),
                Title = element.Label,
                MenuKey = Anchors.Part((int)PartKind.Modalities),
                Breadcrumb = [context.Home, .. governance, elementsCrumb, new Link(string.Empty, element.ShortLabel)],
                Lead = $"Élément déterminant n°\u00a0{element.Number} du cadre de référence de 2006. " + Illustrating(context.Actions.Count(a => a.GovernanceElements.Contains(element.Code))),
                Facts = [new Fact("Fondement", element.LegalBasis.Reference)],
                Parts = context.Group(context.Actions.Where(a => a.GovernanceElements.Contains(element.Code))),
                EmptyText = "Aucune pratique du rapport n'illustre cet élément.",
            };
        }
    }

    /// <summary>The index of the taxonomies, then each taxonomy's page and its terms' pages, in the order of the site map.</summary>
    private static IEnumerable<PageModel> Taxonomies(BuildContext context)
    {
        var taxonomies = context.Taxonomies.All
            .Where(t => t.Id is not BuiltInTaxonomies.FinalitiesId and not BuiltInTaxonomies.GovernanceElementsId)
            .ToList();
        var indexCrumb = context.LinkTo(SiteUrls.Taxonomies, "Stratégie et ODD");
        yield return new IndexPage
        {
            Path = SiteUrls.Taxonomies,
            Title = "La stratégie du territoire et les objectifs de développement durable",
            MenuKey = "referentiels",
            Breadcrumb = [context.Home, new Link(string.Empty, "Stratégie et ODD")],
            Lead = "Les actions du rapport sont rattachées aux documents de stratégie de la collectivité et aux 17 objectifs de développement durable de l'Agenda 2030.",
            Groups = [new CardGroup(null, taxonomies.Select(t => new Card(
                context.LinkTo(SiteUrls.Taxonomy(t.Id), t.Name), FirstSentence(t.Description),
                FrenchCount.Of(t.Terms.Count, "terme", "termes") + " · " + FrenchCount.Of(ActionsOf(context, t.Id, null).Count(), "action rattachée", "actions rattachées"))).ToList())],
        };

        foreach (var taxonomy in taxonomies)
        {
            var abbreviations = new AbbreviationScope();
            IReadOnlyList<Link> termCrumbs = [context.Home, indexCrumb, context.LinkTo(SiteUrls.Taxonomy(taxonomy.Id), taxonomy.Name)];
            var isGoals = taxonomy.Id == SustainableDevelopmentGoals.Id;
            yield return new IndexPage
            {
                Path = SiteUrls.Taxonomy(taxonomy.Id),
                Title = taxonomy.Name,
                MenuKey = "referentiels",
                Breadcrumb = [context.Home, indexCrumb, new Link(string.Empty, taxonomy.Name)],
                Description = Html.Raw(context.Markdown.Render(taxonomy.Description, 2, abbreviations)),
                Groups = TermGroups(context, taxonomy),
                Note = isGoals ? Html.Raw(CrosswalkNote(context)) : null,
            };

            foreach (var term in taxonomy.Terms)
            {
                yield return TermPage(context, taxonomy, term, termCrumbs, isGoals);
            }
        }
    }

    /// <summary>A term's page: the actions attached to it, its place in the taxonomy, what it replaces or is replaced by, and for a goal the finalités it matches.</summary>
    private static ListingPage TermPage(BuildContext context, ITaxonomy taxonomy, Term term, IReadOnlyList<Link> crumbs, bool isGoals)
    {
        var finalities = isGoals
            ? SustainableDevelopmentGoals.FinalityCrosswalk.Targets(term.Code).Select(Finalities.Find).OfType<Finality>()
                .Select(f => new Card(context.LinkTo(SiteUrls.Finality(f.Code), f.Label), null, null, f.Code)).ToList()
            : [];
        var parent = term.Parent is null ? null : taxonomy.Terms.FirstOrDefault(t => t.Code == term.Parent);
        var children = taxonomy.Terms.Where(t => t.Parent == term.Code).ToList();
        return new ListingPage
        {
            Path = SiteUrls.Term(taxonomy.Id, term.Code),
            Title = term.Label,
            MenuKey = "referentiels",
            Breadcrumb = [.. crumbs, new Link(string.Empty, term.ShortLabel ?? term.Label)],
            Lead = ActionsOf(context, taxonomy.Id, term.Code).Any() ? Attached(ActionsOf(context, taxonomy.Id, term.Code).Count()) : null,
            Description = term.Description.Length == 0 ? null : Html.Raw(context.Markdown.Render(term.Description, 2, new AbbreviationScope())),
            Facts =
            [
                new Fact("Référentiel", taxonomy.Name, context.Urls.Href(SiteUrls.Taxonomy(taxonomy.Id))),
                .. parent is null ? Array.Empty<Fact>() : [new Fact("Fait partie de", parent.Label, context.Urls.Href(SiteUrls.Term(taxonomy.Id, parent.Code)))],
                .. children.Select(c => new Fact("Comprend", c.Label, context.Urls.Href(SiteUrls.Term(taxonomy.Id, c.Code)))),
                .. context.History.ReplacedTerms(context.Report.Year, taxonomy.Id, term).Select(l => new Fact("Remplace", l.Text, l.Href)),
                .. context.History.Replacements(context.Report.Year, taxonomy.Id, term).Select(l => new Fact("Remplacé par", l.Text, l.Href)),
            ],
            Parts = context.Group(ActionsOf(context, taxonomy.Id, term.Code)),
            EmptyText = "Aucune action de ce rapport n'y est rattachée.",
            Related = finalities,
            RelatedTitle = finalities.Count > 0 ? "Finalités correspondantes (proposition de Rdd)" : null,
        };
    }

    /// <summary>« Aucune action n'y est rattachée. », « 1 action y est rattachée. », « 3 actions y sont rattachées. »</summary>
    private static string Attached(int count) =>
        count == 0 ? "Aucune action n'y est rattachée." : FrenchCount.Of(count, "action y est rattachée.", "actions y sont rattachées.");

    /// <summary>« Aucune pratique ne l'illustre. », « 1 pratique l'illustre. », « 3 pratiques l'illustrent. »</summary>
    private static string Illustrating(int count) =>
        count == 0 ? "Aucune pratique ne l'illustre." : FrenchCount.Of(count, "pratique l'illustre.", "pratiques l'illustrent.");

    private static IReadOnlyList<CardGroup> TermGroups(BuildContext context, ITaxonomy taxonomy)
    {
        Card TermCard(Term term) => new(
            context.LinkTo(SiteUrls.Term(taxonomy.Id, term.Code), term.Label),
            FirstSentence(term.Description),
            FrenchCount.Of(ActionsOf(context, taxonomy.Id, term.Code).Count(), "action", "actions"));

        var roots = taxonomy.Terms.Where(t => t.Parent is null || taxonomy.Terms.All(p => p.Code != t.Parent)).ToList();
        var hasHierarchy = taxonomy.Terms.Any(t => t.Parent is not null && roots.All(r => r.Code != t.Code));
        if (!hasHierarchy)
        {
            return [new CardGroup(null, taxonomy.Terms.Select(TermCard).ToList())];
        }

        return roots.Select(root => new CardGroup(root.Label, taxonomy.Terms.Where(t => t.Parent == root.Code).Select(TermCard).ToList()) { Own = TermCard(root) }).ToList();
    }

    private static IEnumerable<Rdd.Domain.Reports.PlacedAction> ActionsOf(BuildContext context, string taxonomy, string? code) =>
        context.ActionsOfTerm(taxonomy, code);

    private static string CrosswalkNote(BuildContext context)
    {
        var crosswalk = SustainableDevelopmentGoals.FinalityCrosswalk;
        return "<p><strong>Correspondance avec les cinq finalités.</strong> " + System.Net.WebUtility.HtmlEncode(crosswalk.Provenance)
            + " Chaque page d'objectif indique la ou les finalités correspondantes.</p>";
    }

    private static string? FirstSentence(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text.Trim() : text[..(end + 1)].Trim();
    }
}
