using ClaimCheck.Quantities;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Reporting;

public class EnglishTests
{
    [Theory]
    [InlineData("life", "lives")] // the lexicon's irregular plurals
    [InlineData("person", "people")]
    [InlineData("bus", "buses")]
    [InlineData("livestock", "livestock")]
    [InlineData("deaths", "deaths")] // already plural
    [InlineData("people", "people")]
    [InlineData("children", "children")]
    [InlineData("family", "families")]
    [InlineData("branch", "branches")]
    [InlineData("rescued person", "rescued people")] // the last word of a phrase
    [InlineData("claim", "claims")]
    public void Plural_Noun_IsTheEnglishPlural(string noun, string plural)
    {
        English.Plural(noun).Should().Be(plural);
    }

    [Fact]
    public void Display_CountOfAnIrregularNoun_ShowsItsPlural()
    {
        English.Display(Quantity.Create(58, Qualifier.Exact, Unit.Count("life"))).Should().Be("58 lives");
    }
}
