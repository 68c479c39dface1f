namespace Rdd.Domain.Tests;

public sealed class FrenchTests
{
    [Theory]
    [InlineData("1850", "1\u202F850")]
    [InlineData("2.4", "2,4")]
    [InlineData("-52", "\u221252")]
    [InlineData("-1850.5", "\u22121\u202F850,5")]
    [InlineData("-0.00000000001", "0")]
    [InlineData("0", "0")]
    public void Number_WritesFrenchDigitsAndARealMinusSign(string value, string expected)
    {
        Assert.Equal(expected, French.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Euros_OfANegativeAmount_StartsWithTheMinusSign()
    {
        Assert.Equal("\u22121\u202F000\u00A0€", French.Euros(-1_000));
    }
}
