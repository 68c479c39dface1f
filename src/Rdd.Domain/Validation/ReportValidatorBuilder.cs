using System.Text.RegularExpressions;
using Rdd.Domain.Extensions;
using Rdd.Domain.Taxonomies;
using Rdd.Domain.Validation.Rules;

namespace Rdd.Domain.Validation;

/// <summary>Assembles a <see cref="ReportValidator"/>: the built-in rules, plus rules and taxonomies a developer adds.</summary>
/// <remarks>
/// <see cref="Build"/> checks the registrations, since a mistake there is the caller's, not the report's: it throws
/// <see cref="ArgumentException"/> for a code that is not <c>RDD</c> followed by four digits, a rule of an extension whose
/// code lies outside <c>RDD9000</c>–<c>RDD9998</c> (the built-in rules use the others), a taxonomy id that is not a
/// slug or that is already taken (by a built-in taxonomy such as <c>odd</c>, or by another registered one), and a
/// suppressed or overridden code that no rule declares.
/// </remarks>
/// <example>
/// <code>
/// var validator = new ReportValidatorBuilder()
///     .AddTaxonomy(myPcaetAxes)
///     .AddRule(new EveryWaterActionStatesAFigure())
///     .Suppress("RDD1041")
///     .SetSeverity("RDD1004", Severity.Info)
///     .Build();
/// </code>
/// </example>
public sealed partial class ReportValidatorBuilder
{
    private readonly List<IReportRule> _rules = [];
    private readonly List<ITaxonomy> _taxonomies = [];
    private readonly HashSet<string> _suppressed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Severity> _severities = new(StringComparer.Ordinal);

    /// <summary>Creates a builder holding the built-in rules (<see cref="BuiltInRules.All"/>), registered as an extension.</summary>
    public ReportValidatorBuilder() => Use(BuiltInRules.Extension);

    /// <summary>Creates a builder holding the rules, taxonomies, suppressions and severities of an existing validator, to add more to them.</summary>
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
        builder._suppressed.UnionWith(validator.Suppressed);
        foreach (var (code, severity) in validator.Severities)
        {
            builder._severities[code] = severity;
        }

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

    /// <summary>Adds a rule; it runs after those already added. Its codes must lie in <c>RDD9000</c>–<c>RDD9998</c>.</summary>
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

    /// <summary>Registers a taxonomy every report may refer to, beside the built-in ones; its id must be a free slug.</summary>
    /// <param name="taxonomy">The taxonomy.</param>
    /// <returns>This builder.</returns>
    public ReportValidatorBuilder AddTaxonomy(ITaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        _taxonomies.Add(taxonomy);
        return this;
    }

    /// <summary>Silences one code: the validator drops its diagnostics, and the rules that report it keep reporting their other codes.</summary>
    /// <param name="code">The code (e.g. <c>RDD1041</c>); some rule must declare it.</param>
    /// <returns>This builder.</returns>
    public ReportValidatorBuilder Suppress(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        _suppressed.Add(code);
        return this;
    }

    /// <summary>Reports one code at another severity than the one its rule declares (e.g. a warning as an error).</summary>
    /// <param name="code">The code; some rule must declare it.</param>
    /// <param name="severity">The severity its diagnostics get.</param>
    /// <returns>This builder.</returns>
    public ReportValidatorBuilder SetSeverity(string code, Severity severity)
    {
        ArgumentNullException.ThrowIfNull(code);
        _severities[code] = severity;
        return this;
    }

    /// <summary>Checks the registrations and builds an immutable validator.</summary>
    /// <returns>The validator.</returns>
    /// <exception cref="ArgumentException">A registration is wrong (see the remarks of <see cref="ReportValidatorBuilder"/>).</exception>
    public ReportValidator Build()
    {
        var declared = new HashSet<string>(StringComparer.Ordinal) { ReportValidator.RuleFailure.Code };
        foreach (var rule in _rules)
        {
            var builtIn = BuiltInRules.All.Contains(rule);
            foreach (var code in rule.Descriptors.Select(d => d.Code))
            {
                CheckCode(code, $"La règle {rule.GetType().Name} déclare le code");
                if (!builtIn && !DiagnosticDescriptor.IsExtensionCode(code))
                {
                    throw new ArgumentException(
                        $"La règle {rule.GetType().Name} déclare le code {code} : les règles ajoutées doivent utiliser les codes RDD9000 à RDD9998, les autres sont ceux de Rdd.");
                }

                declared.Add(code);
            }
        }

        var taxonomyIds = new HashSet<string>(BuiltInTaxonomies.All.Select(t => t.Id), StringComparer.Ordinal);
        foreach (var taxonomy in _taxonomies)
        {
            if (!IdFormatRule.IsValidId(taxonomy.Id))
            {
                throw new ArgumentException($"La taxonomie « {taxonomy.Name} » a l'identifiant « {taxonomy.Id} » : un identifiant s'écrit en lettres minuscules sans accent, chiffres et tirets simples.");
            }

            if (!taxonomyIds.Add(taxonomy.Id))
            {
                throw new ArgumentException($"La taxonomie « {taxonomy.Name} » reprend l'identifiant « {taxonomy.Id} », déjà pris par une taxonomie intégrée ou enregistrée : elle la remplacerait sans le dire.");
            }
        }

        foreach (var code in _suppressed.Concat(_severities.Keys))
        {
            CheckCode(code, "Le code");
            if (!declared.Contains(code))
            {
                throw new ArgumentException($"Le code {code} est ignoré ou changé de gravité, mais aucune règle ne le déclare.");
            }
        }

        return new(ValueList.From(_rules), ValueList.From(_taxonomies), _suppressed.ToHashSet(StringComparer.Ordinal), new Dictionary<string, Severity>(_severities, StringComparer.Ordinal));
    }

    private static void CheckCode(string code, string subject)
    {
        if (!CodePattern().IsMatch(code))
        {
            throw new ArgumentException($"{subject} « {code} », qui n'a pas la forme RDD suivi de quatre chiffres.");
        }
    }

    [GeneratedRegex("^RDD[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
