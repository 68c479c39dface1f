using Rdd.Domain.Extensions;
using Rdd.Domain.Validation;

namespace Rdd.Taxonomies.LeviersSgpe;

/// <summary>Registers the levers of the ecological planning (<see cref="LeviersSgpe.Taxonomy"/>) for every report of the site.</summary>
/// <remarks>Load it with <c>extensions: [extensions/Rdd.Taxonomies.LeviersSgpe.dll]</c> in site.yml, or <c>rdd build --extension …/Rdd.Taxonomies.LeviersSgpe.dll</c>.</remarks>
public sealed class LeviersSgpeExtension : IReportExtension
{
    /// <inheritdoc />
    public string Name => "Leviers de la planification écologique";

    /// <inheritdoc />
    public void Register(ReportValidatorBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddTaxonomy(LeviersSgpe.Taxonomy);
    }
}
