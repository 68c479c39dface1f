using Rdd.Domain.Extensions;
using Rdd.Domain.Taxonomies;
using Rdd.Domain.Validation.Rules;

namespace Rdd.Domain.Validation;

/// <summary>Assembles a <see cref="ReportValidator"/>: the built-in rules, plus rules and taxonomies a developer adds.</summary>
/// <example>
/// <code>
/// var validator = new ReportValidatorBuilder()
///     .AddTaxonomy(myPcaetAxes)
///     .AddRule(new EveryWaterActionStatesAFigure())
///     .Build();
/// </code>
/// </example>
public sealed class ReportValidatorBuilder
{
    private readonly List<IReportRule> _rules = [];
    private readonly List<ITaxonomy> _taxonomies = [];

    /// <summary>Creates a builder holding the built-in rules (<see cref="BuiltInRules.All"/>), registered as an extension.</summary>
    public ReportValidatorBuilder() => Use(BuiltInRules.Extension);

    /// <summary>Creates a builder holding the rules and taxonomies of an existing validator, to add more to them.</summary>
    /// <param name="validator">The validator to start from.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="validator"/> is null.</exception>
    public static ReportValidatorBuilder From(ReportValidator validator)
    {
        ArgumentNullException.ThrowIfNull(validator);
        var builder = new ReportValidatorBuilder();
        builder._rules.Clear();
        builder._rules.AddRange(validator.Rules);
        builder._taxonomies.AddRange(validator.Taxonomies);
        return builder;
    }

    /// <summary>Lets an extension add its rules and taxonomies.</summary>
    /// <param name="extension">The extension.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extension"/> is null.</exception>
    public ReportValidatorBuilder Use(IReportExtension extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        extension.Register(this);
        return this;
    }

    /// <summary>Adds a rule; it runs after those already added.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    public ReportValidatorBuilder AddRule(IReportRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _rules.Add(rule);
        return this;
    }

    /// <summary>Removes every rule of type <typeparamref name="TRule"/>, built-in or not.</summary>
    /// <typeparam name="TRule">The rule type.</typeparam>
    /// <returns>This builder.</returns>
    public ReportValidatorBuilder RemoveRule<TRule>()
        where TRule : IReportRule
    {
        _rules.RemoveAll(r => r is TRule);
        return this;
    }

    /// <summary>Registers a taxonomy every report may refer to, beside the built-in ones.</summary>
    /// <param name="taxonomy">The taxonomy.</param>
    /// <returns>This builder.</returns>
    public ReportValidatorBuilder AddTaxonomy(ITaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        _taxonomies.Add(taxonomy);
        return this;
    }

    /// <summary>Builds an immutable validator.</summary>
    /// <returns>The validator.</returns>
    public ReportValidator Build() => new(ValueList.From(_rules), ValueList.From(_taxonomies));
}
