using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Site.Search;
using Rdd.Site.Text;

namespace Rdd.Site.Pages;

/// <summary>
/// « Rechercher dans le rapport »: an A–Z index of every action, complete without JavaScript; <c>assets/recherche.js</c>
/// reveals the search form (hidden in the HTML) and answers from <c>recherche/index.json</c>.
/// </summary>
public sealed record SearchPage : PageModel
{
    /// <summary>The letters that begin an action title, each linking to its group.</summary>
    public required IReadOnlyList<Link> Letters { get; init; }

    /// <summary>The actions by first letter.</summary>
    public required IReadOnlyList<AlphabeticalGroup> Groups { get; init; }

    /// <summary>The finalités the results can be filtered by.</summary>
    public required IReadOnlyList<SearchFilter> Filters { get; init; }

    /// <summary>The terms of the strategy taxonomies and ODD the results can be filtered by, by taxonomy.</summary>
    public IReadOnlyList<TermFilterGroup> TermFilters { get; init; } = [];

    /// <summary>The address of the search index, given to the script.</summary>
    public required string IndexHref { get; init; }
}

/// <summary>The actions whose title begins with one letter.</summary>
/// <param name="Anchor">The id of the group's heading (« lettre-a »).</param>
/// <param name="Letter">The letter, upper case.</param>
/// <param name="Entries">The actions, in alphabetical order.</param>
public sealed record AlphabeticalGroup(string Anchor, string Letter, IReadOnlyList<AlphabeticalEntry> Entries);

/// <summary>An action of the A–Z index: link, and where it is in the report.</summary>
/// <param name="Action">The link to the action in its section.</param>
/// <param name="Where">« Partie 1 — Mobilités et déplacements ».</param>
public sealed record AlphabeticalEntry(Link Action, string Where);

/// <summary>A checkbox of the search form.</summary>
/// <param name="Id">The input's id.</param>
/// <param name="Value">The finalité code.</param>
/// <param name="Label">The finalité's short label.</param>
public sealed record SearchFilter(string Id, string Value, string Label);

/// <summary>The terms of one taxonomy in the search form's term filter.</summary>
/// <param name="Taxonomy">The taxonomy's name.</param>
/// <param name="Terms">Each term: its value (<c>taxonomy:code</c>) and label.</param>
public sealed record TermFilterGroup(string Taxonomy, IReadOnlyList<SearchFilter> Terms);

/// <summary>Builds the search page.</summary>
internal static partial class SearchPages
{
    internal static SearchPage Search(BuildContext context)
    {
        var groups = context.Actions
            .Select(a => (Placed: a, Key: SortKey(a.Action.Title)))
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .ThenBy(a => a.Placed.Action.Id, StringComparer.Ordinal)
            .GroupBy(a => Letter(a.Key))
            .Select(g => new AlphabeticalGroup(
                "lettre-" + (char.IsLetter(g.Key) ? char.ToLowerInvariant(g.Key).ToString() : "autres"),
                char.IsLetter(g.Key) ? g.Key.ToString() : "0–9",
                g.Select(a => new AlphabeticalEntry(
                    new Link(context.ActionHref(a.Placed), a.Placed.Action.Title),
                    $"{BuildContext.PartLabel(a.Placed.Part)} — {a.Placed.Section.Title}")).ToList()))
            .ToList();
        return new SearchPage
        {
            Path = SiteUrls.Search,
            Title = "Rechercher dans le rapport",
            MenuKey = "recherche",
            Breadcrumb = [context.Home, new Link(string.Empty, "Rechercher")],
            Lead = $"Les {FrenchCount.Of(context.Actions.Count, "action", "actions")} du rapport, de A à Z, avec la partie et la section où chacune est présentée.",
            Letters = groups.Select(g => new Link("#" + g.Anchor, g.Letter)).ToList(),
            Groups = groups,
            Filters = Finalities.All.Select(f => new SearchFilter("filtre-" + f.Code, f.Code, f.ShortLabel)).ToList(),
            TermFilters = context.Taxonomies.All
                .Where(t => t.Id is not Rdd.Domain.Taxonomies.BuiltInTaxonomies.FinalitiesId and not Rdd.Domain.Taxonomies.BuiltInTaxonomies.GovernanceElementsId)
                .Select(t => new TermFilterGroup(t.Name, t.Terms
                    .Where(term => context.Actions.Any(a => a.Terms.Any(r => Rdd.Domain.Codes.Normalize(r.Taxonomy) == Rdd.Domain.Codes.Normalize(t.Id) && Rdd.Domain.Codes.Normalize(r.Code) == Rdd.Domain.Codes.Normalize(term.Code))))
                    .Select(term => new SearchFilter(string.Empty, $"{Rdd.Domain.Codes.Normalize(t.Id)}:{Rdd.Domain.Codes.Normalize(term.Code)}", term.ShortLabel ?? term.Label)).ToList()))
                .Where(g => g.Terms.Count > 0)
                .ToList(),
            IndexHref = context.Urls.Href(SiteUrls.SearchIndex),
            Scripts = [context.Root.Href(SiteUrls.SearchScript)],
        };
    }

    /// <summary>What the search index is written from (<see cref="SearchIndex.Build"/>): the report with the addresses and titles of its pages.</summary>
    /// <param name="context">The year's build.</param>
    /// <param name="added">The pages extensions add, found by their title and text.</param>
    internal static SearchSource IndexSource(BuildContext context, IReadOnlyList<TextPage> added) => new(
        context.Report,
        context.Actions,
        context.Report.Parts.Select(p => $"{BuildContext.PartLabel(p)} — {p.Title}").ToList(),
        context.Report.Parts.SelectMany(p => p.Sections.Select(s => context.Urls.Href(SiteUrls.Section((int)p.Kind, s.Id)))).ToList(),
        [.. IndexEntries(context), .. added.Select(p => new SearchEntry(SearchEntry.Page, p.Title, null, context.Urls.Href(p.Path), [p.Lead, Text(p.Body.Value)]))]);

    /// <summary>The text of an HTML fragment, for the search index: its tags left out, its entities decoded.</summary>
    private static string Text(string html) => WebUtility.HtmlDecode(Tags().Replace(html, " "));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    /// <summary>
    /// What else the report holds that a reader may look for, each entry linking to where it is shown: the parts' titles,
    /// the glossary, the key figures, the indicators and the terms of the strategy and ODD. Few, and short: the index
    /// grows by a few kilobytes, whatever the number of actions.
    /// </summary>
    private static IEnumerable<SearchEntry> IndexEntries(BuildContext context)
    {
        var report = context.Report;
        foreach (var part in report.Parts)
        {
            yield return new SearchEntry(SearchEntry.Part, $"{BuildContext.PartLabel(part)} — {part.Title}", null, context.Urls.Href(SiteUrls.Part((int)part.Kind)), []);
        }

        foreach (var entry in report.Glossary)
        {
            yield return new SearchEntry(SearchEntry.Glossary, entry.Term, entry.Expansion, context.Urls.Href(SiteUrls.Glossary) + "#" + Anchors.GlossaryEntry(entry.Term), [entry.Definition]);
        }

        foreach (var figure in report.KeyFigures)
        {
            yield return new SearchEntry(SearchEntry.KeyFigure, KeyFigureViews.Sentence(figure), figure.Theme, context.Urls.Href(SiteUrls.Home) + "#" + Anchors.KeyFigure(figure.Id), []);
        }

        foreach (var indicator in report.Indicators)
        {
            yield return new SearchEntry(SearchEntry.Indicator, indicator.Label, null, context.Urls.Href(SiteUrls.Indicators) + "#" + Anchors.Indicator(indicator.Id), [indicator.Unit, indicator.Source]);
        }

        foreach (var taxonomy in context.Taxonomies.All.Where(t => t.Id is not Rdd.Domain.Taxonomies.BuiltInTaxonomies.FinalitiesId and not Rdd.Domain.Taxonomies.BuiltInTaxonomies.GovernanceElementsId))
        {
            foreach (var term in taxonomy.Terms)
            {
                yield return new SearchEntry(SearchEntry.Term, term.Label, taxonomy.Name, context.Urls.Href(SiteUrls.Term(taxonomy.Id, term.Code)), [term.ShortLabel, term.Description])
                {
                    Key = $"{Rdd.Domain.Codes.Normalize(taxonomy.Id)}:{Rdd.Domain.Codes.Normalize(term.Code)}",
                };
            }
        }
    }

    /// <summary>The key titles are sorted by: normalised, leading quotes and punctuation left out (« « Réussir » » under R).</summary>
    internal static string SortKey(string title)
    {
        var normalized = SearchText.Normalize(title);
        var start = 0;
        while (start < normalized.Length && !char.IsLetterOrDigit(normalized[start]))
        {
            start++;
        }

        return normalized[start..];
    }

    private static char Letter(string normalizedTitle)
    {
        var first = normalizedTitle.FirstOrDefault(char.IsLetterOrDigit);
        return char.IsLetter(first) ? char.ToUpperInvariant(first) : '#';
    }
}
