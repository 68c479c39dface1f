using NodaTime;
using Rdd.Domain.Law;

namespace Rdd.Domain.Tests.Law;

public sealed class FinalityTests
{
    [Fact]
    public void LabelOn_FifthFinalityBefore19August2015_IsThe2010Wording()
    {
        Assert.Equal(
            "Une dynamique de développement suivant des modes de production et de consommation responsables",
            Finalities.ResponsibleProduction.LabelOn(new LocalDate(2015, 8, 18)));
    }

    [Theory]
    [InlineData(2015, 8, 19)]
    [InlineData(2024, 1, 1)]
    public void LabelOn_FifthFinalityFrom19August2015_IsCircularEconomy(int year, int month, int day)
    {
        Assert.Equal("La transition vers une économie circulaire", Finalities.ResponsibleProduction.LabelOn(new LocalDate(year, month, day)));
    }

    [Fact]
    public void LabelOn_FifthFinalityNewWording_CitesTheEnergyTransitionLaw()
    {
        var wording = Assert.Single(Finalities.ResponsibleProduction.Wordings);

        Assert.Equal("Loi n° 2015-992 du 17 août 2015", wording.Basis.Reference);
    }

    [Fact]
    public void LabelOn_OtherFinalities_KeepTheir2010Wording()
    {
        var today = new LocalDate(2025, 1, 1);

        Assert.All(Finalities.All.Where(f => f != Finalities.ResponsibleProduction), f => Assert.Equal(f.Label, f.LabelOn(today)));
    }

    [Fact]
    public void ToString_IsTheCode()
    {
        Assert.Equal("climat", Finalities.Climate.ToString());
    }
}
