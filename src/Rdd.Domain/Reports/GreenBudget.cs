namespace Rdd.Domain.Reports;

/// <summary>
/// The statement « Impact du budget pour la transition écologique » (the « budget vert », or « annexe
/// environnementale ») of one financial year: investment expenditure, each line rated on the environmental axes.
/// </summary>
/// <remarks>
/// The statement is annexed to the compte administratif or the compte financier unique (loi n° 2023-1322 de finances
/// pour 2024, art. 191; décret du 16 juillet 2024, NOR ECOE2416708D), not to the sustainable-development report; a
/// report cites it so that readers see the money beside the actions. Which axes each line must be rated on depends on
/// the financial year: <see cref="Law.Obligations.GreenBudgetAxesRequired"/>.
/// </remarks>
public sealed record GreenBudget
{
    /// <summary>The financial year (« exercice ») whose accounts the statement is annexed to.</summary>
    public required int FinancialYear { get; init; }

    /// <summary>A title (« Impact du budget 2024 pour la transition écologique »).</summary>
    public string Title { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>The expenditure lines, in the statement's order.</summary>
    public IReadOnlyList<GreenBudgetLine> Lines { get; init => field = ValueList.From(value); } = ValueList<GreenBudgetLine>.Empty;

    /// <summary>The totals per axis and class as the statement states them, when it states them.</summary>
    public IReadOnlyList<GreenBudgetTotal> StatedTotals { get; init => field = ValueList.From(value); } = ValueList<GreenBudgetTotal>.Empty;

    /// <summary>The axes at least one line is rated on, in the axes' order.</summary>
    /// <returns>The axes.</returns>
    public IReadOnlyList<EnvironmentalAxis> RatedAxes() =>
        ValueList.From(Lines.Where(l => l is not null).SelectMany(l => l.Ratings.Where(r => r is not null).Select(r => r.Axis)).Distinct().Order());

    /// <summary>The sum of the amounts of the lines rated <paramref name="rating"/> on <paramref name="axis"/>; lines not rated on that axis count in no class.</summary>
    /// <param name="axis">The axis.</param>
    /// <param name="rating">The class.</param>
    /// <returns>The sum in euros, or null when it overflows.</returns>
    public decimal? Sum(EnvironmentalAxis axis, GreenRating rating)
    {
        var sum = 0m;
        foreach (var line in Lines.Where(l => l?.RatingOn(axis) == rating))
        {
            try
            {
                sum += line.Amount;
            }
            catch (OverflowException)
            {
                return null;
            }
        }

        return sum;
    }
}

/// <summary>One investment expenditure of the statement, with its class on each axis it is rated on.</summary>
public sealed record GreenBudgetLine
{
    /// <summary>A stable id, unique in the statement.</summary>
    public required string Id { get; init; }

    /// <summary>What the expenditure is (« Rénovation énergétique des écoles »).</summary>
    public required string Label { get; init; }

    /// <summary>The amount executed, in euros.</summary>
    public required decimal Amount { get; init; }

    /// <summary>The account of the M57 nomenclature the expenditure is executed on (« 21312 »), when given.</summary>
    public string? Account { get; init; }

    /// <summary>The function (« fonction ») of the expenditure in the functional presentation, when given.</summary>
    public string? Function { get; init; }

    /// <summary>The class of the expenditure on each axis it is rated on; an axis left out is not rated, which is not the same as « non coté ».</summary>
    public IReadOnlyList<GreenBudgetRating> Ratings { get; init => field = ValueList.From(value); } = ValueList<GreenBudgetRating>.Empty;

    /// <summary>The class on <paramref name="axis"/>, or null when the line is not rated on it.</summary>
    /// <param name="axis">The axis.</param>
    /// <returns>The first class given for that axis.</returns>
    public GreenRating? RatingOn(EnvironmentalAxis axis) => Ratings.FirstOrDefault(r => r?.Axis == axis)?.Rating;
}

/// <summary>The class of an expenditure on one axis.</summary>
/// <param name="Axis">The environmental axis.</param>
/// <param name="Rating">The class.</param>
public sealed record GreenBudgetRating(EnvironmentalAxis Axis, GreenRating Rating);

/// <summary>A total of the statement: the expenditure of one class on one axis, as the statement states it.</summary>
/// <param name="Axis">The axis.</param>
/// <param name="Rating">The class.</param>
/// <param name="Euros">The total in euros.</param>
public sealed record GreenBudgetTotal(EnvironmentalAxis Axis, GreenRating Rating, decimal Euros);
