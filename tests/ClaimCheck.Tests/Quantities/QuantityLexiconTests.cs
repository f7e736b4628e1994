using ClaimCheck.Documents;
using ClaimCheck.Lexicons;
using ClaimCheck.Quantities;
using ClaimCheck.Quantities.Rules;
using ClaimCheck.Tests.Infrastructure;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Quantities;

/// <summary>The recogniser reads its words from the document's lexicon, so a user lexicon extends or corrects them.</summary>
public sealed class QuantityLexiconTests
{
    private const string Header = "kind\tterm\tvalue\twithin\n";

    public static TheoryData<string, string, string, UnitKind, double> UserEntries() => new()
    {
        { "unit\tmarchers\tparticipant\n", "Police said 5,000 marchers crossed the bridge.", "participant", UnitKind.Count, 5000 },
        { "unit\tklicks\tkm\n", "The patrol walked 12 klicks before dawn.", "km", UnitKind.Physical, 12 },
        { "unit\thead of cattle\tcattle\n", "The ranch sold 300 head of cattle at auction.", "cattle", UnitKind.Count, 300 },
        { "currency\tzorks\tXZK\n", "The stall charged 40 zorks for a melon.", "XZK", UnitKind.Currency, 40 },
        { "currency-prefix\tKs\tMMK\n", "Rice now costs Ks 2,500 a bag in Yangon.", "MMK", UnitKind.Currency, 2500 },
        { "currency-prefix\tNu\tBTN\n", "The permit fee is Nu 1,200 per night.", "BTN", UnitKind.Currency, 1200 },
        { "duration-unit\tfortnights\tfortnight\n", "The ferry was out of service for three fortnights.", "fortnight", UnitKind.Duration, 3 },
        { "scale-word\tgazillion\t1000000000000000\n", "The meme was shared a gazillion times, fans joked.", "time", UnitKind.Count, 1e15 },
    };

    [Theory]
    [MemberData(nameof(UserEntries))]
    public void Annotate_UserLexiconEntry_ExtendsTheRecogniser(string entry, string text, string unit, UnitKind kind, double value)
    {
        var user = Lexicon.Parse(Header + entry, "newsroom.tsv");

        var mention = Recognize(text, Lexicon.BuiltIn.With(user)).Should().ContainSingle().Subject;

        mention.Quantity.Unit.Name.Should().Be(unit);
        mention.Quantity.Unit.Kind.Should().Be(kind);
        mention.Quantity.Value.Should().Be(value);
        Recognize(text, Lexicon.BuiltIn).Select(m => m.Quantity.Unit).Should().NotContain(mention.Quantity.Unit, "the built-in lexicon lacks the entry");
    }

    [Fact]
    public void Readme_QuantityLexiconExample_ParsesAndExtendsTheRecogniser()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md"));
        var start = readme.IndexOf("## Quantities", StringComparison.Ordinal);
        var block = readme[readme.IndexOf(Header.TrimEnd('\n'), start, StringComparison.Ordinal)..];
        block = block[..block.IndexOf("```", StringComparison.Ordinal)];

        var lexicon = Lexicon.BuiltIn.With(Lexicon.Parse(block, "README.md"));

        Recognize("The patrol walked 12 klicks.", lexicon).Should().ContainSingle().Which.Quantity.Unit.Should().Be(Unit.Physical("km"));
        Recognize("Rice costs Ks 2,500 a bag.", lexicon).Should().ContainSingle().Which.Quantity.Unit.Should().Be(Unit.Currency("MMK"));
    }

    [Theory]
    [InlineData("qualifier\ta whopping\tmore-than\n", "The fund lost a whopping 40% in a week.", Qualifier.MoreThan)]
    [InlineData("qualifier\tsome\tat-least\n", "Some 3,000 runners took part.", Qualifier.AtLeast)]
    public void Annotate_UserQualifier_SetsTheBound(string entry, string text, Qualifier qualifier)
    {
        var lexicon = Lexicon.BuiltIn.With(Lexicon.Parse(Header + entry, "newsroom.tsv"));

        Recognize(text, lexicon).Should().ContainSingle().Which.Quantity.Qualifier.Should().Be(qualifier);
    }

    [Theory]
    [InlineData("The road is 12 kilometres long.")]
    [InlineData("Tickets cost 15 euros.")]
    public void Annotate_EmptyLexicon_KnowsNoUnitOrCurrencyWords(string text)
    {
        var mention = Recognize(text, Lexicon.Empty).Should().ContainSingle().Subject;

        mention.Quantity.Unit.Kind.Should().Be(UnitKind.Count, "without the built-in data a unit word is only a counted noun");
    }

    [Theory]
    [InlineData("number-word\tumpteen\tlots\n", 2, 21, "not a valid value for 'number-word'")]
    [InlineData("scale-word\tlakh\t1,00,000\n", 2, 17, "not a valid value for 'scale-word'")]
    [InlineData("qualifier\ta whopping\thuge\n", 2, 22, "approximately, at-least")]
    [InlineData("month\tBrumaire\t13\n", 2, 16, "a month number, 1 to 12")]
    [InlineData("unit-power\tquartic\t4\n", 2, 20, "2 or 3")]
    [InlineData("age-word\taged\tbefore it\n", 2, 15, "before, after, unit, bounded, person, subject, death, milestone or appositive")]
    [InlineData("currency-prefix\tKs\tkyat\n", 2, 20, "three capital letters")]
    [InlineData("unit\tklicks\n", 2, 13, "'unit' entry needs a value")]
    public void Parse_MalformedQuantityEntry_NamesTheLineAndColumn(string line, int lineNumber, int column, string problem)
    {
        var parse = () => Lexicon.Parse(Header + line, "newsroom.tsv");

        var error = parse.Should().Throw<LexiconFormatException>().Which;
        error.Line.Should().Be(lineNumber);
        error.Column.Should().Be(column);
        error.Problem.Should().Contain(problem);
    }

    [Fact]
    public void BuiltIn_EveryQuantityKind_HasEntries()
    {
        string[] kinds =
        [
            LexiconKinds.NumberWord, LexiconKinds.ScaleWord, LexiconKinds.ScaleAbbreviation, LexiconKinds.ScaleLetter, LexiconKinds.VagueNumber,
            LexiconKinds.FractionWord, LexiconKinds.Currency, LexiconKinds.CurrencyPrefix, LexiconKinds.CurrencyLetter, LexiconKinds.CurrencySubunit, LexiconKinds.Unit,
            LexiconKinds.Measure, LexiconKinds.UnitSymbol, LexiconKinds.UnitPower, LexiconKinds.RateUnit, LexiconKinds.DurationUnit,
            LexiconKinds.TemperatureScale, LexiconKinds.DimensionAdjective, LexiconKinds.Qualifier, LexiconKinds.IncrementWord,
            LexiconKinds.TotalWord, LexiconKinds.IdentifierWord, LexiconKinds.NounPhraseStop, LexiconKinds.Plural, LexiconKinds.UncountableNoun,
            LexiconKinds.ModifierNoun, LexiconKinds.RateNoun, LexiconKinds.ClockWord, LexiconKinds.YearOpener, LexiconKinds.OrdinalSuffix, LexiconKinds.RelativeTimeWord,
            LexiconKinds.ComparativeAdjective, LexiconKinds.RangeFromNounCue, LexiconKinds.AgeWord, LexiconKinds.Month,
        ];

        kinds.Should().OnlyContain(kind => !Lexicon.BuiltIn.EntriesOf(kind).IsEmpty);
    }

    [Fact]
    public void BuiltIn_EveryUnitValue_IsAMeasureAPercentageOrANamedCount()
    {
        var measures = Lexicon.BuiltIn.EntriesOf(LexiconKinds.Measure).Select(e => e.Term)
            .Concat(Lexicon.BuiltIn.EntriesOf(LexiconKinds.ScaledUnit).Select(e => e.Term))
            .Concat(Lexicon.BuiltIn.EntriesOf(LexiconKinds.SmallFigureScaledUnit).Select(e => e.Term)).ToHashSet(StringComparer.Ordinal);
        string[] counted =
        [
            "percent", "percentage point", "basis point", "point", "cent", "penny", "sen", "satang", "paisa", "satoshi", "dozen", "point per game", "rebound per game",
            "assist per game", "magnitude", "head", "twenty-foot equivalent unit", "forty-foot equivalent unit", "deadweight ton", "crew", "quintal",
        ];

        Lexicon.BuiltIn.EntriesOf(LexiconKinds.Unit).Concat(Lexicon.BuiltIn.EntriesOf(LexiconKinds.UnitSymbol))
            .Where(e => !measures.Contains(e.Value) && !e.Value.Split('/').All(measures.Contains))
            .Select(e => e.Value).Distinct().Should().BeSubsetOf(counted, "a built-in unit names a measure, a percentage or a counted sub-unit");
    }

    [Fact]
    public void BuiltIn_EveryUnitConversion_IsBetweenMeasures_AndEachBaseIsOneOfItself()
    {
        var measures = Lexicon.BuiltIn.EntriesOf(LexiconKinds.Measure).Select(e => e.Term).ToHashSet(StringComparer.Ordinal);
        var conversions = Lexicon.BuiltIn.EntriesOf(LexiconKinds.UnitConversion)
            .Select(e => (Unit: e.Term, Factor: double.Parse(e.Value.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture), Base: e.Value.Split(' ', 2)[1]))
            .ToList();

        conversions.Should().NotBeEmpty();
        conversions.Should().OnlyContain(c => measures.Contains(c.Unit) && measures.Contains(c.Base) && c.Factor > 0, "units convert between measure symbols");
        conversions.Select(c => c.Base).Distinct().Should().OnlyContain(b => conversions.Any(c => c.Unit == b && c.Base == b && c.Factor == 1));
    }

    [Theory]
    [InlineData("%", nameof(PercentRule))]
    [InlineData("kilometres", nameof(PhysicalUnitRule))]
    [InlineData("euros", nameof(CurrencyAfterRule))]
    [InlineData("days", nameof(DurationRule))]
    [InlineData("years", nameof(AgeRule))]
    [InlineData("protesters", nameof(CountedNounRule))]
    public void UnitTriggers_WordAfterNumber_StartsTheRuleThatReadsIt(string word, string rule)
    {
        var mask = UnitTriggersAt($"12 {word}", 1);

        RuleNames(QuantityRules.Units, mask).Should().Contain(rule);
    }

    [Theory]
    [InlineData(",")]
    [InlineData(")")]
    public void UnitTriggers_Punctuation_StartsNoUnitRule(string punctuation)
    {
        UnitTriggersAt($"12 {punctuation} then", 1).Should().Be(0u);
    }

    [Theory]
    [InlineData("the", 0)]
    [InlineData("said", 0)]
    [InlineData("3,000", 1)]
    [InlineData("thousands", 1)]
    [InlineData("$", 1)]
    [InlineData("USD115", 1)]
    public void LeadTriggers_Token_StartsAQuantityOnlyWhenItCan(string word, int expected)
    {
        var text = $"{word} 5";
        var tokens = Tokens(text);

        var mask = QuantityRules.For(Lexicon.BuiltIn).LeadTriggers.At(Scan(text, tokens), 0);

        (mask != 0 ? 1 : 0).Should().Be(expected);
    }

    private static uint UnitTriggersAt(string text, int index) =>
        QuantityRules.For(Lexicon.BuiltIn).UnitTriggers.At(Scan(text, Tokens(text)), index);

    private static IEnumerable<string> RuleNames(IReadOnlyList<QuantityRule> rules, uint mask) =>
        rules.Where((_, i) => (mask & (1u << i)) != 0).Select(r => r.GetType().Name);

    private static QuantityScan Scan(string text, List<Token> tokens) =>
        new(text, new ArraySegment<Token>([.. tokens]), QuantityVocabulary.For(Lexicon.BuiltIn), []);

    private static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), tokens);
        return tokens;
    }

    private static List<QuantityMention> Recognize(string text, Lexicon lexicon)
    {
        var document = QuantityRecognizer.Default.Annotate(AnnotatedDocument.Create(new Document("d", text), lexicon), CancellationToken.None);
        return [.. document.GetLayer<QuantityLayer>().All.Select(m => m.Mention)];
    }
}
