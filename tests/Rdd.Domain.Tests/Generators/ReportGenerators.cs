using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;

namespace Rdd.Domain.Tests.Generators;

/// <summary>A report generated to break things: empty strings, duplicate ids, negative amounts, unknown codes, extreme values.</summary>
/// <param name="Report">The report.</param>
public sealed record HostileReport(Report Report);

/// <summary>
/// FsCheck generators of reports. <see cref="Reports"/> are well formed (what an author could write);
/// <see cref="Hostile"/> ones are well-typed C# objects that break every convention the rules check.
/// </summary>
public static class ReportGenerators
{
    private static readonly string[] Words =
    [
        "Mobilités", "eau", "été", "Œuvre", "cœur", "à", "l'agglomération", "« guillemets »", "\"citation\"", "'apostrophe'",
        "naïve", "Ça", "déjà", "1 850 €", "CO₂", "m³", "émissions", "\\chemin\\", "ligne\nsuivante", "tab\tulation", "<b>&amp;</b>",
        "😀", "日本", "\u00a0insécable", "\u2028", "**gras**", "- liste", "{\"json\": true}", "\u0001",
    ];

    private static readonly string[] FinalityCodes = [.. Finalities.All.Select(f => f.Code)];
    private static readonly string[] ElementCodes = [.. GovernanceElements.All.Select(e => e.Code)];
    private static readonly string[] UnknownCodes = ["", " ", "Climat", "clima", "BIODIVERSITÉ", "inconnu", "odd:13", "é"];

    /// <summary>Text of zero to five words, French accents, quotes and control characters included.</summary>
    public static Gen<string> Text { get; } =
        from count in Gen.Choose(0, 5)
        from words in Gen.Elements(Words).ArrayOf(count)
        select string.Join(' ', words);

    /// <summary>Non-empty text.</summary>
    public static Gen<string> NonEmptyText { get; } = Text.Where(t => t.Length > 0);

    /// <summary>Decimals of every scale from 0 to 10, either sign, and the extremes.</summary>
    public static Gen<decimal> AnyDecimal { get; } = Gen.Frequency(
        (8, from lo in Gen.Choose(0, int.MaxValue)
            from mid in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(0, 1000)))
            from negative in Gen.Elements(false, true)
            from scale in Gen.Choose(0, 10)
            select new decimal(lo, mid, 0, negative, (byte)scale)),
        (1, Gen.Elements(0m, 0.0m, 1m, 1.50m, -0.5m, 100.000m, decimal.MaxValue, decimal.MinValue, 0.0000000001m)));

    /// <summary>Non-negative decimals, for amounts an author would write.</summary>
    public static Gen<decimal> Amount { get; } = AnyDecimal.Select(Math.Abs);

    /// <summary>Calendar dates from 1900 to 2100.</summary>
    public static Gen<LocalDate> Date { get; } =
        from year in Gen.Choose(1900, 2100)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 28)
        select new LocalDate(year, month, day);

    // Declared after the generators they use: static initializers run in textual order.
    /// <summary>Well-formed reports.</summary>
    public static Gen<Report> Reports { get; } = Report(hostile: false);

    /// <summary>Hostile reports.</summary>
    public static Gen<HostileReport> Hostile { get; } = Report(hostile: true).Select(r => new HostileReport(r));

    private static Gen<T?> Optional<T>(Gen<T> gen)
        where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(value => (T?)value)));

    private static Gen<T?> OptionalValue<T>(Gen<T> gen)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(value => (T?)value)));

    private static Gen<T[]> Several<T>(Gen<T> gen, int max) =>
        from count in Gen.Choose(0, max)
        from items in gen.ArrayOf(count)
        select items;

    private static Gen<Report> Report(bool hostile)
    {
        var text = Text;
        var required = hostile ? Gen.Frequency((1, Gen.Constant(string.Empty)), (4, Text)) : NonEmptyText;
        var id = hostile
            ? Gen.Elements("a", "a", "b", "", " ", "Même id", "id-1")
            : from stem in Gen.Elements("mobilite", "eau", "velo", "ecole", "energie")
              from number in Gen.Choose(1, 1_000_000)
              select $"{stem}-{number}";
        var amount = hostile ? AnyDecimal : Amount;
        var year = hostile ? Gen.Elements(int.MinValue, -1, 0, 2024, 9999, int.MaxValue) : Gen.Choose(2011, 2040);
        var finality = hostile ? Gen.Frequency((2, Gen.Elements(FinalityCodes)), (1, Gen.Elements(UnknownCodes))) : Gen.Elements(FinalityCodes);
        var element = hostile ? Gen.Frequency((2, Gen.Elements(ElementCodes)), (1, Gen.Elements(UnknownCodes))) : Gen.Elements(ElementCodes);
        var period = hostile
            ? from a in Date from b in Date select new ActionPeriod(a, b)
            : from a in Date from days in Gen.Choose(0, 800) select new ActionPeriod(a, a.PlusDays(days));

        var termReference =
            from taxonomyId in hostile ? Gen.Elements("odd", "pacte-vert", "", "inconnue", "ODD") : Gen.Elements("odd", "pacte-vert")
            from code in hostile ? Gen.Elements("1", "13", "17", "18", "", "axe-1", "axe-9") : Gen.Elements("1", "13", "17", "axe-1", "axe-2")
            select new TermReference(taxonomyId, code);

        var budgetAmount = Gen.Frequency(
            (3, from euros in amount from note in Optional(text) select new BudgetAmount(euros, note)),
            (1, Optional(text).Select(BudgetAmount.NotGiven)));

        var action =
            from actionId in id
            from title in required
            from body in text
            from finalities in Several(finality, 3)
            from progress in OptionalValue(Gen.Elements(Enum.GetValues<Progress>()))
            from elements in Several(element, 2)
            from terms in Several(termReference, 2)
            from figures in Several(id, 2)
            from partners in Several(required, 2)
            from places in Several(required, 2)
            from actionPeriod in Optional(period)
            from continuesFrom in Optional(id)
            select new ReportAction
            {
                Id = actionId, Title = title, Body = body, Finalities = finalities, Progress = progress, GovernanceElements = elements,
                Terms = terms, Figures = figures, Partners = partners, Places = places, Period = actionPeriod, ContinuesFrom = continuesFrom,
            };

        var section =
            from sectionId in id
            from title in required
            from sectionGroup in Optional(required)
            from introduction in text
            from finalities in Several(finality, 2)
            from elements in Several(element, 2)
            from terms in Several(termReference, 2)
            from actions in Several(action, 3)
            select new Section
            {
                Id = sectionId, Title = title, Group = sectionGroup, Introduction = introduction, DefaultFinalities = finalities,
                DefaultGovernanceElements = elements, DefaultTerms = terms, Actions = actions,
            };

        var part =
            from kind in Gen.Elements(Enum.GetValues<PartKind>())
            from title in required
            from introduction in text
            from sections in Several(section, 3)
            select new Part { Kind = kind, Title = title, Introduction = introduction, Sections = sections };

        var parts = hostile
            ? Several(part, 4)
            : from kinds in Gen.SubListOf(Enum.GetValues<PartKind>())
              from built in Gen.CollectToArray(kinds, kind => part.Select(p => p with { Kind = kind }))
              select built;

        var keyFigure =
            from figureId in id
            from theme in text
            from value in amount
            from unit in Gen.Elements("", "€", "M€", "%", "km", "t CO2e")
            from label in required
            from approximation in Gen.Elements(Enum.GetValues<Approximation>())
            from change in Gen.Elements(Enum.GetValues<Change>())
            select new KeyFigure { Id = figureId, Theme = theme, Value = value, Unit = unit, Label = label, Approximation = approximation, Change = change };

        var budgetLine =
            from lineId in id
            from policy in required
            from operating in Optional(budgetAmount)
            from investment in Optional(budgetAmount)
            from total in OptionalValue(amount)
            select new BudgetLine { Id = lineId, Policy = policy, Operating = operating, Investment = investment, StatedTotal = total };

        var budget =
            from budgetYear in year
            from title in text
            from lines in Several(budgetLine, 4)
            from operating in OptionalValue(amount)
            from investment in OptionalValue(amount)
            select new Budget { Year = budgetYear, Title = title, Lines = lines, StatedOperatingTotal = operating, StatedInvestmentTotal = investment };

        var greenBudgetLine =
            from lineId in id
            from label in required
            from lineAmount in amount
            from account in Optional(Gen.Elements("21312", "2151", "2031"))
            from function in Optional(Gen.Elements("21", "84"))
            from ratings in Several(
                from axis in Gen.Elements(Enum.GetValues<EnvironmentalAxis>())
                from rating in Gen.Elements(Enum.GetValues<GreenRating>())
                select new GreenBudgetRating(axis, rating), 3)
            select new GreenBudgetLine { Id = lineId, Label = label, Amount = lineAmount, Account = account, Function = function, Ratings = ratings };

        var greenBudget =
            from financialYear in year
            from title in text
            from lines in Several(greenBudgetLine, 4)
            from totals in Several(
                from axis in Gen.Elements(Enum.GetValues<EnvironmentalAxis>())
                from rating in Gen.Elements(Enum.GetValues<GreenRating>())
                from euros in amount
                select new GreenBudgetTotal(axis, rating, euros), 2)
            select new GreenBudget { FinancialYear = financialYear, Title = title, Lines = lines, StatedTotals = totals };

        var indicator =
            from indicatorId in id
            from label in required
            from unit in Gen.Elements("", "%", "t CO2e", "m³")
            from value in OptionalValue(AnyDecimal)
            from indicatorYear in year
            from target in OptionalValue(AnyDecimal)
            from targetYear in OptionalValue(year)
            from series in Several(from y in year from v in AnyDecimal select new IndicatorPoint(y, v), 4)
            from source in Optional(text)
            from finalities in Several(finality, 2)
            select new Indicator
            {
                Id = indicatorId, Label = label, Unit = unit, Value = value, Year = indicatorYear, Target = target,
                TargetYear = targetYear, Series = series, Source = source, Finalities = finalities,
            };

        var glossaryEntry =
            from term in required
            from expansion in required
            from definition in Optional(text)
            select new GlossaryEntry { Term = term, Expansion = expansion, Definition = definition };

        var taxonomy =
            from taxonomyId in hostile ? Gen.Elements("pacte-vert", "pacte-vert", "odd", "finalites", "") : Gen.Elements("pacte-vert", "projet", "pcaet")
            from name in required
            from description in text
            from count in Gen.Choose(0, 5)
            from terms in Gen.CollectToArray(Enumerable.Range(1, count), index =>
                from label in required
                from shortLabel in Optional(required)
                from termDescription in text
                from parent in hostile
                    ? Optional(Gen.Elements("axe-1", "axe-9", "", $"axe-{index}"))
                    : index == 1 ? Gen.Constant<string?>(null) : Optional(Gen.Choose(1, index - 1).Select(p => $"axe-{p}"))
                select new Term { Code = hostile && index == count ? "axe-1" : $"axe-{index}", Label = label, ShortLabel = shortLabel, Description = termDescription, Parent = parent })
            select new Taxonomy { Id = taxonomyId, Name = name, Description = description, Terms = terms };

        var authority =
            from name in required
            from kind in Gen.Elements(Enum.GetValues<AuthorityKind>())
            from legalForm in Optional(text)
            from population in hostile ? Gen.Elements(int.MinValue, -1, 0, 50_000, 50_001, int.MaxValue) : Gen.Choose(0, 3_000_000)
            from siren in Optional(hostile ? Gen.Elements("", "123", "200035715", "abcdefghi") : Gen.Constant("200035715"))
            from siret in Optional(hostile ? Gen.Elements("", "2000357150001", "20003571500017", "2000 3571500016") : Gen.Constant("20003571500016"))
            select new Authority { Name = name, Kind = kind, LegalForm = legalForm, Population = population, Siren = siren, Siret = siret };

        return
            from reportAuthority in authority
            from reportYear in year
            from budgetYear in hostile ? year : Gen.Elements(reportYear, reportYear + 1)
            from title in text
            from reportPeriod in Optional(period)
            from presentation in OptionalValue(Date)
            from debate in OptionalValue(Date)
            from introduction in text
            from readingGuide in text
            from reportParts in parts
            from keyFigures in Several(keyFigure, 3)
            from reportBudget in Optional(budget)
            from indicators in Several(indicator, 3)
            from glossary in Several(glossaryEntry, 3)
            from taxonomies in Several(taxonomy, 2)
            from digital in Optional(text)
            from reportGreenBudget in Optional(greenBudget)
            select new Report
            {
                Authority = reportAuthority, Year = reportYear, BudgetYear = budgetYear, Title = title, Period = reportPeriod,
                PresentationDate = presentation, BudgetDebateDate = debate, Introduction = introduction, ReadingGuide = readingGuide,
                Parts = reportParts, KeyFigures = keyFigures, Budget = reportBudget, Indicators = indicators, Glossary = glossary,
                Taxonomies = taxonomies, DigitalStrategyReview = digital,
                GreenBudget = reportGreenBudget,
            };
    }
}

/// <summary>The arbitraries FsCheck.Xunit properties use: register with <c>Arbitrary = [typeof(ReportArbitraries)]</c>.</summary>
public static class ReportArbitraries
{
    /// <summary>Well-formed reports.</summary>
    public static Arbitrary<Report> Report() => Arb.From(ReportGenerators.Reports);

    /// <summary>Hostile reports.</summary>
    public static Arbitrary<HostileReport> Hostile() => Arb.From(ReportGenerators.Hostile);
}

/// <summary>
/// A property over generated reports: 200 cases by default, or the number in the environment variable
/// <c>RDD_PROPERTY_RUNS</c> (e.g. <c>RDD_PROPERTY_RUNS=10000 dotnet test</c>).
/// </summary>
public sealed class ReportPropertyAttribute : FsCheck.Xunit.PropertyAttribute
{
    /// <summary>The default number of cases.</summary>
    public const int DefaultRuns = 200;

    /// <summary>Creates the attribute.</summary>
    public ReportPropertyAttribute()
    {
        MaxTest = int.TryParse(Environment.GetEnvironmentVariable("RDD_PROPERTY_RUNS"), out var runs) && runs > 0 ? runs : DefaultRuns;
        Arbitrary = [typeof(ReportArbitraries)];
    }
}
