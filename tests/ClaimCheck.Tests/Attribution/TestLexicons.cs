using ClaimCheck.Lexicons;

namespace ClaimCheck.Tests.Attribution;

/// <summary>Lexicons for the attribution tests: the built-in one with a made-up country, and user entries.</summary>
internal static class TestLexicons
{
    public const string Header = "kind\tterm\tvalue\twithin\n";

    /// <summary>The built-in lexicon and "Vorland" (demonym "Vorlandian"), a country no built-in list knows.</summary>
    public static Lexicon WithVorland { get; } = With("place\tVorland\tVorland\t\ndemonym\tVorlandian\tVorland\n");

    /// <summary>The built-in lexicon followed by the user <paramref name="lines"/>.</summary>
    public static Lexicon With(string lines) => Lexicon.BuiltIn.With(Lexicon.Parse(Header + lines, "test.tsv"));
}
