using Rdd.Site.Output;

namespace Rdd.Site.Tests.Extensions;

/// <summary>What a built site must show of a taxonomy's term, whoever registered the taxonomy.</summary>
internal static class TaxonomyAssertions
{
    /// <summary>Search offers <paramref name="term"/> as a filter, and <c>actions.csv</c> has a column <paramref name="taxonomy"/> giving it for <paramref name="actionId"/>.</summary>
    public static void FilterAndCsvColumn(SiteFiles files, string taxonomy, string term, string actionId)
    {
        var search = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(files.Text("recherche/index.html"));
        Assert.NotNull(search.QuerySelector($"option[value='{taxonomy}:{term}']"));
        var csv = files.Text("donnees/actions.csv").Split('\n');
        var column = csv[0].Split(';').ToList().IndexOf(taxonomy);
        Assert.True(column > 0, csv[0]);
        Assert.Equal(term, csv.Select(line => line.Split(';')).Single(cells => cells.Contains(actionId))[column]);
    }
}
