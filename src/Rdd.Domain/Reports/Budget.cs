namespace Rdd.Domain.Reports;

/// <summary>The budget by public policy (« budget par politique publique »), in euros.</summary>
public sealed record Budget
{
    /// <summary>The budget year.</summary>
    public required int Year { get; init; }

    /// <summary>A title (« Le budget 2024 par politique publique »).</summary>
    public string Title { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>The lines, one per public policy.</summary>
    public IReadOnlyList<BudgetLine> Lines { get; init => field = ValueList.From(value); } = ValueList<BudgetLine>.Empty;

    /// <summary>The total of operating amounts as the report states it, when it states one.</summary>
    public decimal? StatedOperatingTotal { get; init; }

    /// <summary>The total of investment amounts as the report states it, when it states one.</summary>
    public decimal? StatedInvestmentTotal { get; init; }
}

/// <summary>The amounts of one public policy.</summary>
public sealed record BudgetLine
{
    /// <summary>A stable id, unique in the report.</summary>
    public required string Id { get; init; }

    /// <summary>The public policy (« Développement économique et emploi »).</summary>
    public required string Policy { get; init; }

    /// <summary>The operating amount (« fonctionnement »), or null when the report neither gives it nor declares it not given.</summary>
    public BudgetAmount? Operating { get; init; }

    /// <summary>The investment amount (« investissement »), or null when the report neither gives it nor declares it not given.</summary>
    public BudgetAmount? Investment { get; init; }

    /// <summary>The line's total as the report states it, when it states one.</summary>
    public decimal? StatedTotal { get; init; }
}

/// <summary>A budget cell: an amount in euros, or an explicit « non communiqué », never a silent zero.</summary>
/// <param name="Euros">The amount in euros, or null when the report declares it not given.</param>
/// <param name="Note">Why it is not given, or a remark on the amount.</param>
public sealed record BudgetAmount(decimal? Euros, string? Note = null)
{
    /// <summary>Whether the amount is given.</summary>
    public bool IsGiven => Euros.HasValue;

    /// <summary>A given amount.</summary>
    /// <param name="euros">The amount in euros.</param>
    /// <returns>The cell.</returns>
    public static BudgetAmount Given(decimal euros) => new(euros);

    /// <summary>An amount the report declares not given (« non communiqué »).</summary>
    /// <param name="note">Why, when known.</param>
    /// <returns>The cell.</returns>
    public static BudgetAmount NotGiven(string? note = null) => new(null, note);
}
