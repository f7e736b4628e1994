using System.Collections.Frozen;
using System.Collections.Immutable;
using System.ComponentModel;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace ClaimCheck.Classification;

/// <summary>
/// The ML.NET custom mapping a model trained with <see cref="TextClassifierTrainerOptions.CueFeatures"/> reads beside its
/// n-grams: one feature per cue class of <c>Lexicons/en/claim-type-cues.tsv</c> (1 when the text has one of the class's
/// words or phrases, else 0: causal connectives, rule and obligation words, first person, future, hedges, evaluative
/// words, calls to the reader, page furniture, non-answers, amount words, past actions, perception), one for a
/// reporting verb and one for a capitalised month or weekday name (the attribution and time lexicons), and the text's
/// shape: a figure, a quotation mark, first person together with a quotation mark, a question, a short or a long text, and
/// a headline's capitalised words. The cue lists are the built-in lexicon's, read when a model is trained and when it
/// predicts, so a model must be retrained after they change. In the model's feature vector a present feature is
/// <see cref="FeatureWeight"/>.
/// Saved in the model under the contract name <see cref="ContractName"/>; <see cref="TextClassifierModel.Load(Stream, string)"/>
/// registers it.
/// </summary>
[CustomMappingFactoryAttribute(ContractName)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ClaimTypeCues : CustomMappingFactory<ClaimTypeCues.Input, ClaimTypeCues.Output>
{
    /// <summary>The contract name the mapping is saved under: <c>ClaimCheck.ClaimTypeCues</c>.</summary>
    public const string ContractName = "ClaimCheck.ClaimTypeCues";

    /// <summary>
    /// The value a present feature has in the model's feature vector: 0.1. The n-gram part of the vector has length 1, spread
    /// over its n-grams; chosen by cross-validation on the training news sentences among 0.02, 0.05, 0.1, 0.2 and 1 (at 1 the
    /// cues swamp the n-grams and score below no cues at all).
    /// </summary>
    public const float FeatureWeight = 0.1f;

    /// <summary>How many features the mapping gives a text.</summary>
    public const int FeatureCount = 21;

    private const int ShortTextWords = 4;
    private const int LongTextWords = 35;
    private const int MaxPhraseWords = 6;

    // The cue lexicon the policy's text rules read too (PolicyCues): parsed once per process.
    private static readonly Lazy<CueMatcher> BuiltInMatcher = new(() => new CueMatcher(PolicyCues.Lexicon), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The cue classes a <see cref="LexiconKinds.ClaimTypeCue"/> entry may name, in the order of their features.</summary>
    public static ImmutableArray<string> CueClassNames { get; } =
        ["cause", "rule", "first-person", "future", "hedge", "evaluative", "appeal", "furniture", "no-comment", "quantity", "event", "experience"];

    /// <summary>The name of each feature, in order: the cue classes, then <c>reporting</c>, <c>date</c>, <c>figure</c>,
    /// <c>quote</c>, <c>quoted-first-person</c>, <c>question</c>, <c>short</c>, <c>long</c>, <c>title-case</c>.</summary>
    public static ImmutableArray<string> FeatureNames { get; } =
        [.. CueClassNames, "reporting", "date", "figure", "quote", "quoted-first-person", "question", "short", "long", "title-case"];

    private static int Reporting => CueClassNames.Length;

    private static int Date => CueClassNames.Length + 1;

    private static int FirstPerson => CueClassNames.IndexOf("first-person");

    /// <summary>Writes the features of a text.</summary>
    /// <param name="text">The text, or <see langword="null"/> (no features).</param>
    /// <param name="features">Receives the <see cref="FeatureCount"/> features, each 0 or 1, in the order of <see cref="FeatureNames"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="features"/> is shorter than <see cref="FeatureCount"/>.</exception>
    public static void Compute(string? text, Span<float> features)
    {
        if (features.Length < FeatureCount)
        {
            throw new ArgumentException($"Needs room for {FeatureCount} features.", nameof(features));
        }

        features[..FeatureCount].Clear();
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var found = BuiltInMatcher.Value.Match(text, out var words, out var capitalised);
        for (var i = 0; i < Date + 1; i++)
        {
            features[i] = (found >> i) & 1;
        }

        var span = text.AsSpan().Trim();
        var hasQuote = span.IndexOfAny(QuotationMarks.Double) >= 0;
        var shape = Date + 1;
        features[shape] = span.IndexOfAnyInRange('0', '9') >= 0 ? 1 : 0;
        features[shape + 1] = hasQuote ? 1 : 0;
        features[shape + 2] = hasQuote && ((found >> FirstPerson) & 1) == 1 ? 1 : 0;
        features[shape + 3] = span.EndsWith('?') || span.EndsWith("?\"", StringComparison.Ordinal) ? 1 : 0;
        features[shape + 4] = words <= ShortTextWords ? 1 : 0;
        features[shape + 5] = words >= LongTextWords ? 1 : 0;
        features[shape + 6] = words >= 3 && capitalised * 10 >= words * 7 ? 1 : 0;
    }

    /// <inheritdoc/>
    public override Action<Input, Output> GetMapping() => static (input, output) =>
    {
        var features = output.Cues is { Length: FeatureCount } reused ? reused : new float[FeatureCount];
        Compute(input.Text, features);
        for (var i = 0; i < features.Length; i++)
        {
            features[i] *= FeatureWeight;
        }

        output.Cues = features;
    };

    /// <summary>The mapping's input row: the model's text column.</summary>
    public sealed class Input
    {
        /// <summary>The text (<see cref="TextClassifierModel.TextColumnName"/>).</summary>
        public string Text { get; set; } = string.Empty;
    }

    /// <summary>The mapping's output row.</summary>
    public sealed class Output
    {
        /// <summary>The features, in the order of <see cref="FeatureNames"/>.</summary>
        [VectorType(FeatureCount)]
        public float[] Cues { get; set; } = new float[FeatureCount];
    }

    /// <summary>The cue words and phrases of a lexicon, compiled: lower-cased phrases (words joined by one space) to the bits of their classes.</summary>
    private sealed class CueMatcher
    {
        private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _anyCase;
        private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _capitalised;
        private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _startsLongerPhrase;
        private readonly int _longest;

        public CueMatcher(Lexicon lexicon)
        {
            var anyCase = new Dictionary<string, int>(StringComparer.Ordinal);
            var capitalised = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var entry in lexicon.EntriesOf(LexiconKinds.ClaimTypeCue))
            {
                var bits = 0;
                foreach (var name in entry.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    bits |= 1 << CueClassNames.IndexOf(name);
                }

                anyCase[Normalise(entry.Term)] = bits;
            }

            foreach (var entry in lexicon.EntriesOf(LexiconKinds.ReportingVerb))
            {
                var key = Normalise(entry.Term);
                anyCase[key] = anyCase.GetValueOrDefault(key) | (1 << Reporting);
            }

            foreach (var entry in lexicon.EntriesOf("time-month").Concat(lexicon.EntriesOf("time-weekday")))
            {
                var key = Normalise(entry.Term);
                capitalised[key] = capitalised.GetValueOrDefault(key) | (1 << Date);
            }

            _anyCase = anyCase.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
            _capitalised = capitalised.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
            _startsLongerPhrase = LeadingWords(anyCase.Keys).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
            _longest = Math.Min(MaxPhraseWords, anyCase.Keys.Concat(capitalised.Keys).Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max());
        }

        /// <summary>The bits of every class with a phrase in the text; also its number of words and of capitalised words.</summary>
        public int Match(string text, out int words, out int capitalisedWords)
        {
            // The text's words, lower-cased and joined by single spaces, with where each starts and ends.
            // Each word may add a space that the text does not have ("5%" is read as "5 %"), so the buffer holds twice the text.
            Span<char> buffer = text.Length <= 256 ? stackalloc char[2 * text.Length] : new char[2 * text.Length];
            Span<int> starts = stackalloc int[Math.Min(text.Length, 256)];
            Span<int> ends = stackalloc int[starts.Length];
            Span<bool> upper = stackalloc bool[starts.Length];
            var length = 0;
            words = 0;
            capitalisedWords = 0;
            var i = 0;
            while (i < text.Length && words < starts.Length)
            {
                var c = text[i];
                if (c != '%' && !char.IsLetterOrDigit(c))
                {
                    i++;
                    continue;
                }

                if (words > 0)
                {
                    buffer[length++] = ' ';
                }

                starts[words] = length;
                upper[words] = char.IsUpper(c);
                capitalisedWords += char.IsUpper(c) ? 1 : 0;
                if (c == '%')
                {
                    buffer[length++] = c;
                    i++;
                }

                while (c != '%' && i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
                {
                    buffer[length++] = IsApostrophe(text[i]) ? '\'' : char.ToLowerInvariant(text[i]);
                    i++;
                }

                ends[words++] = length;
            }

            var found = 0;
            for (var w = 0; w < words; w++)
            {
                for (var n = 1; n <= _longest && w + n <= words; n++)
                {
                    var phrase = buffer[starts[w]..ends[w + n - 1]];
                    if (_anyCase.TryGetValue(phrase, out var bits))
                    {
                        found |= bits;
                    }

                    if (n == 1 && upper[w] && _capitalised.TryGetValue(phrase, out bits))
                    {
                        found |= bits;
                    }

                    if (!_startsLongerPhrase.Contains(phrase))
                    {
                        break;
                    }
                }
            }

            return found;
        }

        /// <summary>The first words of each phrase of two words or more, one to all but its last ("as" and "as a" for
        /// "as a result"): the words read from a text can only go on to a longer phrase while they are one of these, so a word
        /// that starts none is looked up alone (the capitalised dates are only looked up one word at a time).</summary>
        private static IEnumerable<string> LeadingWords(IEnumerable<string> phrases)
        {
            foreach (var phrase in phrases)
            {
                for (var space = phrase.IndexOf(' ', StringComparison.Ordinal); space > 0; space = phrase.IndexOf(' ', space + 1))
                {
                    yield return phrase[..space];
                }
            }
        }

        private static string Normalise(string term)
        {
            var words = term.ToLowerInvariant().Replace('’', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return string.Join(' ', words);
        }

        private static bool IsApostrophe(char c) => c is '\'' or '’';
    }
}
