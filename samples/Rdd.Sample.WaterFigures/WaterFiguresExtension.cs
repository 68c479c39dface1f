using Rdd.Domain.Extensions;
using Rdd.Domain.Validation;
using Rdd.Site.Abstractions;

namespace Rdd.Sample.WaterFigures;

/// <summary>
/// The sample extension: water actions must cite a key figure (<see cref="WaterActionsCiteAFigureRule"/>), the water
/// cycle taxonomy (<see cref="WaterCycle"/>) can be referred to, and the site gains a page « L'eau en chiffres »
/// (<see cref="WaterPage"/>).
/// </summary>
/// <remarks>Load it with <c>extensions: [extensions/Rdd.Sample.WaterFigures.dll]</c> in site.yml, or <c>rdd build --extension …/Rdd.Sample.WaterFigures.dll</c>.</remarks>
public sealed class WaterFiguresExtension : IReportExtension, ISitePageProvider
{
    /// <inheritdoc />
    public string Name => "Chiffres de l'eau";

    /// <inheritdoc />
    public void Register(ReportValidatorBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddRule(new WaterActionsCiteAFigureRule()).AddTaxonomy(WaterCycle.Taxonomy);
    }

    /// <inheritdoc />
    public IEnumerable<ExtensionPage> Pages(SitePageContext context) => WaterPage.Build(context);
}
