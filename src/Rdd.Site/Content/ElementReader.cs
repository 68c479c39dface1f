using Rdd.Domain;
using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;
using Rdd.Domain.Validation;

namespace Rdd.Site.Content;

/// <summary>
/// Turns the opened YAML files of a year (key figures, budget, indicators, glossary, strategy) into report elements,
/// recording in <paramref name="sources"/> where each element, and each value a rule checks, is written.
/// </summary>
/// <remarks>
/// Every list is read the same way (<see cref="Items"/>): an item without its identifier is left out (the shape check
/// already reported it), and an element whose other values are wrong is kept with a neutral value (the error is
/// already reported, so nothing is published): dropping it would make every reference to it a second, misleading error.
/// </remarks>
internal sealed class ElementReader(SourceMap sources)
{
    public List<KeyFigure> KeyFigures(MappingReader reader) => Items(reader, "chiffres", item =>
    {
        var id = item.Code("id");
        var value = item.Number("valeur");
        var label = item.Text("libelle");
        if (id is null)
        {
            return null;
        }

        sources.Add(new ElementRef(ElementKind.KeyFigure, id), item.Location);
        sources.Add(new ElementRef(ElementKind.KeyFigure, id, ElementAttributes.Value), item.ValueLocation("valeur"));
        return new KeyFigure
        {
            Id = id,
            Theme = item.Text("theme") ?? string.Empty,
            Value = value ?? 0,
            Unit = item.Unit("unite") ?? string.Empty,
            Label = label ?? string.Empty,
            Approximation = item.Choice("approximation") switch
            {
                "plus-de" => Approximation.AtLeast,
                "moins-de" => Approximation.AtMost,
                "environ" => Approximation.About,
                _ => Approximation.Exact,
            },
            Change = item.Choice("evolution") switch
            {
                "baisse" => Change.Decrease,
                "hausse" => Change.Increase,
                _ => Change.None,
            },
        };
    });

    public Budget Budget(MappingReader reader, int year)
    {
        var budget = new ElementRef(ElementKind.Budget, string.Empty);
        sources.Add(budget, reader.Location);
        sources.Add(budget.At(ElementAttributes.OperatingTotal), reader.ValueLocation("total_fonctionnement"));
        sources.Add(budget.At(ElementAttributes.InvestmentTotal), reader.ValueLocation("total_investissement"));
        var lines = Items(reader, "lignes", item =>
        {
            var id = item.Code("id");
            var policy = item.Text("politique");
            if (id is null)
            {
                return null;
            }

            var note = item.Text("note");
            var element = new ElementRef(ElementKind.BudgetLine, id);
            sources.Add(element, item.Location);
            sources.Add(element.At(ElementAttributes.Operating), item.ValueLocation("fonctionnement"));
            sources.Add(element.At(ElementAttributes.Investment), item.ValueLocation("investissement"));
            sources.Add(element.At(ElementAttributes.Total), item.ValueLocation("total"));
            return new BudgetLine
            {
                Id = id,
                Policy = policy ?? id,
                Operating = item.Amount("fonctionnement", note),
                Investment = item.Amount("investissement", note),
                StatedTotal = item.Number("total"),
            };
        });
        return new Budget
        {
            Year = year,
            Title = reader.Text("titre") ?? string.Empty,
            Lines = lines,
            StatedOperatingTotal = reader.Number("total_fonctionnement"),
            StatedInvestmentTotal = reader.Number("total_investissement"),
        };
    }

    public List<Indicator> Indicators(MappingReader reader, int reportYear) => Items(reader, "indicateurs", item =>
    {
        var id = item.Code("id");
        var label = item.Text("libelle");
        if (id is null)
        {
            return null;
        }

        sources.Add(new ElementRef(ElementKind.Indicator, id), item.Location);
        sources.Add(new ElementRef(ElementKind.Indicator, id, ElementAttributes.Value), item.ValueLocation("valeur"));
        sources.Add(new ElementRef(ElementKind.Indicator, id, ElementAttributes.Finalities), item.ValueLocation("finalites"));
        return new Indicator
        {
            Id = id,
            Label = label ?? id,
            Unit = item.Unit("unite") ?? string.Empty,
            Year = item.Integer("annee") ?? reportYear,
            Value = item.Number("valeur"),
            Target = item.Number("cible"),
            TargetYear = item.Integer("annee_cible"),
            Series = item.YearValues("serie"),
            Source = item.Text("source"),
            Finalities = item.List("finalites").Select(f => Codes.Normalize(f.Value)).ToList(),
        };
    });

    public List<GlossaryEntry> Glossary(MappingReader reader) => Items(reader, "glossaire", item =>
    {
        var term = item.Text("sigle");
        var expansion = item.Text("signification");
        if (term is null)
        {
            return null;
        }

        sources.Add(new ElementRef(ElementKind.GlossaryEntry, term), item.Location);
        return new GlossaryEntry { Term = term, Expansion = expansion ?? string.Empty, Definition = item.Text("definition") };
    });

    /// <summary>A taxonomy of the authority's strategy (a file of <c>strategie/</c>); <paramref name="defaultId"/> when it names none.</summary>
    public Taxonomy Taxonomy(MappingReader reader, string defaultId)
    {
        var id = reader.Code("id") ?? defaultId;
        var name = reader.Text("nom") ?? id;
        sources.Add(new ElementRef(ElementKind.Taxonomy, id), reader.Location);
        var terms = Items(reader, "termes", item =>
        {
            var code = item.Code("code");
            var label = item.Text("libelle");
            if (code is null)
            {
                return null;
            }

            sources.Add(new ElementRef(ElementKind.Term, $"{id}:{code}"), item.Location);
            sources.Add(new ElementRef(ElementKind.Term, $"{id}:{code}", ElementAttributes.Parent), item.ValueLocation("parent"));
            sources.Add(new ElementRef(ElementKind.Term, $"{id}:{code}", ElementAttributes.Replaces), item.ValueLocation("remplace"));
            return new Term
            {
                Code = code,
                Label = label ?? code,
                ShortLabel = item.Text("libelle_court"),
                Parent = item.Code("parent"),
                Description = item.Text("description") ?? string.Empty,
                Replaces = item.List("remplace").Select(r => r.Value).ToList(),
            };
        });
        return new Taxonomy { Id = id, Name = name, Description = reader.Text("description") ?? string.Empty, Terms = terms };
    }

    /// <summary>The elements of the list <paramref name="key"/>, in order, those <paramref name="read"/> leaves out (null) left out.</summary>
    private static List<T> Items<T>(MappingReader reader, string key, Func<MappingReader, T?> read)
        where T : class
    {
        var elements = new List<T>();
        foreach (var item in reader.Objects(key))
        {
            if (read(item) is { } element)
            {
                elements.Add(element);
            }
        }

        return elements;
    }
}
