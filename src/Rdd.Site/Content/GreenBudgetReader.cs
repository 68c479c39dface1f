using Rdd.Domain;
using Rdd.Domain.Reports;
using Rdd.Domain.Validation;

namespace Rdd.Site.Content;

/// <summary>
/// Reads <c>budget-vert.yml</c>, the statement « Impact du budget pour la transition écologique » a report cites, and
/// records where each line, amount, class and total was written.
/// </summary>
/// <remarks>
/// A file that holds only comments (what <c>rdd new</c> writes) declares no statement: it is read as absent. A line
/// left without a class on an axis keeps no class there (the rule reports it when the axis is required); « non-cote »
/// is read as the class « non coté ».
/// </remarks>
internal static class GreenBudgetReader
{
    public const string FileName = "budget-vert.yml";

    public static GreenBudget? Read(string root, string folder, int reportYear, DiagnosticBag bag, SourceMap sources)
    {
        var relative = ContentLoader.Join(folder, FileName);
        if (!File.Exists(Path.Combine(root, relative)) || SourceText.Read(root, relative, bag) is not { } source)
        {
            return null;
        }

        var before = bag.Items.Count;
        var node = YamlFile.Parse(source, source.Text, 1, bag);
        if (node is null)
        {
            // Comments only: no statement. A syntax error is already reported.
            return null;
        }

        if (MappingReader.Open(node, GreenBudgetShapes.GreenBudget, source, 1, bag, source.At(1, 1)) is not { } reader || reader.Integer("exercice") is not { } year)
        {
            return null;
        }

        var statement = new ElementRef(ElementKind.GreenBudget, string.Empty);
        sources.Add(statement, reader.Location);
        sources.Add(statement.At(GreenBudgetAttributes.FinancialYear), reader.ValueLocation("exercice"));
        if (year > reportYear && bag.Items.Count == before)
        {
            bag.Add(ContentDiagnostics.GreenBudgetYearAfterReport,
                $"L'exercice {ContentLoader.Int(year)} de {FileName} est postérieur à l'année du rapport ({ContentLoader.Int(reportYear)})\u00a0: l'état est annexé aux comptes d'un exercice clos. Indiquez l'exercice des comptes dont l'état est tiré.",
                reader.ValueLocation("exercice"));
        }

        var lines = new List<GreenBudgetLine>();
        foreach (var item in reader.Objects("lignes"))
        {
            if (item.Text("id") is { } id)
            {
                lines.Add(ReadLine(item, id, sources));
            }
        }

        var totals = new List<GreenBudgetTotal>();
        foreach (var item in reader.Objects("totaux"))
        {
            var axisCode = item.Choice("axe");
            var ratingCode = item.Choice("classe");
            if (item.Number("montant") is { } euros && axisCode is not null && ratingCode is not null)
            {
                totals.Add(ReadTotal(item, statement, axisCode, ratingCode, euros, sources));
            }
        }

        return new GreenBudget
        {
            FinancialYear = year,
            Title = reader.Text("titre") ?? string.Empty,
            Lines = lines,
            StatedTotals = totals,
        };
    }

    /// <summary>A line of the statement, with its rating on each axis; records where it and each of its rated values are written.</summary>
    private static GreenBudgetLine ReadLine(MappingReader item, string id, SourceMap sources)
    {
        var element = new ElementRef(ElementKind.GreenBudgetLine, id);
        sources.Add(element, item.Location);
        sources.Add(element.At(GreenBudgetAttributes.Amount), item.ValueLocation("montant"));
        sources.Add(element.At(GreenBudgetAttributes.Ratings), item.KeyLocation("axes"));
        var ratings = new List<GreenBudgetRating>();
        if (item.Object("axes") is { } axes)
        {
            foreach (var axis in GreenBudgetWording.Axes)
            {
                var key = GreenBudgetShapes.Key(axis);
                sources.Add(element.At(GreenBudgetAttributes.Rating(axis)), axes.ValueLocation(key));
                if (axes.Choice(key) is { } code)
                {
                    ratings.Add(new GreenBudgetRating(axis, GreenBudgetWording.Ratings.First(r => r.Code() == code)));
                }
            }
        }

        return new GreenBudgetLine
        {
            Id = id,
            Label = item.Text("libelle") ?? id,
            Amount = item.Number("montant") ?? 0,
            Account = item.Text("compte"),
            Function = item.Text("fonction"),
            Ratings = ratings,
        };
    }

    /// <summary>A total the statement states for one axis and class; records where its amount is written.</summary>
    private static GreenBudgetTotal ReadTotal(MappingReader item, ElementRef statement, string axisCode, string ratingCode, decimal euros, SourceMap sources)
    {
        var axis = GreenBudgetWording.Axes.First(a => a.Code() == axisCode);
        var rating = GreenBudgetWording.Ratings.First(r => r.Code() == ratingCode);
        sources.Add(statement.At(GreenBudgetAttributes.Total(axis, rating)), item.ValueLocation("montant"));
        return new GreenBudgetTotal(axis, rating, euros);
    }
}
