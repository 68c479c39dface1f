using FsCheck;
using FsCheck.Xunit;
using Rdd.Site.Content;

namespace Rdd.Site.Tests.Content;

/// <summary>The SIRET of site.yml: 14 digits with a Luhn key, the SIREN its first 9; a malformed one is reported (RDD2095), never published.</summary>
public sealed class SiretTests
{
    private const string Valid = "21000000600010";

    [Theory]
    [InlineData(Valid)]
    [InlineData("20003571500016")]
    [InlineData("35600000000015")] // La Poste: its digits add up to a multiple of 5, its Luhn sum does not
    public void Problem_ValidSiret_IsNone(string siret) => Assert.Null(SiretNumber.Problem(siret));

    [Theory]
    [InlineData("2100000060001", "a 13 chiffres ; il en faut 14")]
    [InlineData("210000006", "a 9 chiffres ; il en faut 14")]
    [InlineData("210000006000100", "a 15 chiffres ; il en faut 14")]
    [InlineData("21000000600011", "clé de contrôle valide (algorithme de Luhn)")]
    [InlineData("21000000600001", "clé de contrôle valide (algorithme de Luhn)")] // two digits swapped
    [InlineData("2100000O600010", "contient « O », qui n'est pas un chiffre")]
    [InlineData("210 000 006 00010", "écrivez les 14 chiffres attachés, « 21000000600010 »")]
    [InlineData("21000000000013", "commence par « 210000000 », qui n'est pas un SIREN valide")]
    public void Problem_SaysWhatIsWrong(string siret, string expected)
    {
        var problem = SiretNumber.Problem(siret);

        Assert.NotNull(problem);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Property]
    public bool Problem_AnySingleDigitMistyped_IsCaught(PositiveInt position, PositiveInt shift)
    {
        var index = position.Get % 14;
        var digit = (Valid[index] - '0' + 1 + (shift.Get % 9)) % 10;
        var mistyped = string.Concat(Valid.AsSpan(0, index), ((char)('0' + digit)).ToString(), Valid.AsSpan(index + 1));
        return SiretNumber.Problem(mistyped) is not null;
    }

    [Fact]
    public void Load_Siret_IsTheAuthoritysAndItsSirenIsDeducedFromIt()
    {
        using var content = new TempContent();

        var authority = content.Check().Content.Site.Authority!;

        Assert.Equal(Valid, authority.Siret);
        Assert.Equal("210000006", authority.Siren);
    }

    [Fact]
    public void Load_MalformedSiret_ReportsRdd2095QuotingItAndPublishesNone()
    {
        using var content = new TempContent();
        content.Replace("site.yml", $"siret: \"{Valid}\"", "siret: \"2100000060001\"");

        var check = content.Check();

        var diagnostic = Diagnostics.Only(check.Result.Diagnostics, "RDD2095");
        Diagnostics.At(diagnostic, "RDD2095", "site.yml", content.LineOf("site.yml", "siret:"), content.ColumnOf("site.yml", "\"2100000060001\""));
        Assert.Equal("Le numéro SIRET «\u00a02100000060001\u00a0» a 13 chiffres\u00a0; il en faut 14\u00a0: les 9 du SIREN puis les 5 du numéro de l'établissement (NIC).", diagnostic.Message);
        Assert.False(check.Success);
        Assert.Null(check.Content.Site.Authority!.Siret);
    }

    [Fact]
    public void Load_SiretOfAnotherSiren_ReportsRdd2096AtTheSiren()
    {
        using var content = new TempContent();
        content.Replace("site.yml", $"siret: \"{Valid}\"", $"siret: \"{Valid}\"\n  siren: \"200035715\"");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2096");

        Diagnostics.At(diagnostic, "RDD2096", "site.yml", content.LineOf("site.yml", "siren:"), content.ColumnOf("site.yml", "\"200035715\""));
        Assert.Contains("commence par le SIREN «\u00a0210000006\u00a0», mais «\u00a0siren:\u00a0» indique «\u00a0200035715\u00a0»", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("siret: 21000000600010")]
    [InlineData("siret: \"\"")]
    public void Load_SiretUnquotedOrEmpty_IsReadAsWritten(string line)
    {
        using var content = new TempContent();
        content.Replace("site.yml", $"siret: \"{Valid}\"", line);

        var check = content.Check();

        Assert.True(check.Success, string.Join('\n', check.Result.Diagnostics));
        Assert.Equal(line.Contains(Valid, StringComparison.Ordinal) ? Valid : null, check.Content.Site.Authority!.Siret);
    }
}
