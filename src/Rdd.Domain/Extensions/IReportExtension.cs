using Rdd.Domain.Validation;

namespace Rdd.Domain.Extensions;

/// <summary>
/// A package of rules and taxonomies added to the checks of every report, without forking Rdd. The built-in rules
/// register through this same interface (<see cref="ReportValidatorBuilder"/> starts from them).
/// </summary>
/// <remarks>
/// <para>
/// The <c>rdd</c> command loads extensions from an assembly named in <c>site.yml</c> (<c>extensions: [chemin.dll]</c>)
/// or given with <c>--extension</c>: it creates every public, non-abstract class with a parameterless constructor that
/// implements <see cref="IReportExtension"/> or <c>Rdd.Site.Abstractions.ISitePageProvider</c> (pages added to the
/// site, in the package Rdd.Site.Abstractions), and calls
/// <see cref="ReportValidatorBuilder.Use"/> with each extension.
/// </para>
/// <para>Codes of third-party rules should use the range <c>RDD9000</c>–<c>RDD9998</c>, which built-in rules never use.</para>
/// </remarks>
/// <example>
/// <code>
/// public sealed class WaterFigures : IReportExtension
/// {
///     public string Name => "Chiffres de l'eau";
///
///     public void Register(ReportValidatorBuilder builder) => builder.AddRule(new WaterActionsCiteAFigure());
/// }
/// </code>
/// </example>
public interface IReportExtension
{
    /// <summary>A short French name, shown to report authors (« Chiffres de l'eau »).</summary>
    string Name { get; }

    /// <summary>Adds the extension's rules and taxonomies.</summary>
    /// <param name="builder">The builder of the validator every report of the site is checked with.</param>
    void Register(ReportValidatorBuilder builder);
}
