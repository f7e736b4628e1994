using System.Collections.Frozen;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Classification;

/// <summary>
/// Finds a line of a results or statistics page (<c>LABELING.md</c> rule 57): an optional list mark (a bullet, or a rank such as
/// "1." or "T-4."), a label of at most <see cref="MaxLabelWords"/> words with no digit and no sentence punctuation, a colon or a
/// comma, and a single figure at the end, optionally signed, with a currency sign, a percent sign and up to
/// <see cref="MaxUnitWords"/> words after it: "1. Ada Brenmoor, 2:14:05", "Hygiene score: 88", "- Green Party: 12 seats". Such a line states
/// a figure with what it belongs to, so it is a quantity, though the model reads its shape as page furniture. Not when the figure
/// is a bare year ("Recalls, 2024") or a clock time with one colon ("Kick-off: 19:45"), a word after it is a month ("Lima, 3 May"),
/// or a word of the line is furniture (kind <see cref="LexiconKinds.ResultsLine"/>: "Video, 00:01:34", "Posted: 3 hours ago"). It
/// reads the shape only: a label that is itself a sentence ending in a comma ("As the rain fell, 40") would pass.
/// </summary>
internal static class ResultsLine
{
    /// <summary>The most characters a results line may have.</summary>
    private const int MaxLength = 80;

    /// <summary>The most words of the label before the colon or comma.</summary>
    private const int MaxLabelWords = 6;

    /// <summary>The most words after the figure ("12 seats", "50 cases confirmed").</summary>
    private const int MaxUnitWords = 2;

    private static readonly Lazy<FrozenSet<string>> Furniture = new(
        () => PolicyCues.ValuedWords(LexiconKinds.ResultsLine).Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<FrozenSet<string>> Months = new(
        () => PolicyCues.ValuedWords("time-month").Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether the text is a line of a results or statistics page: a label, a colon or comma, and one figure.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when the text has the shape of a results line and no furniture word.</returns>
    public static bool In(string text)
    {
        var line = text.AsSpan().Trim();
        if (line.Length is 0 or > MaxLength)
        {
            return false;
        }

        line = line[ListMarkLength(line)..];
        var separator = LastSeparator(line);
        if (separator <= 0)
        {
            return false;
        }

        var label = line[..separator].Trim();
        var figure = line[(separator + 1)..].Trim().TrimEnd('.').TrimEnd();
        return IsLabel(label) && IsFigure(figure) && !HasFurnitureWord(text);
    }

    // A bullet and a space ("- ", "• ", "* "), or a rank ("1. ", "12) ", "T-4. ", "T4. ") and a space; else nothing.
    private static int ListMarkLength(ReadOnlySpan<char> line)
    {
        if (line.Length > 1 && line[0] is '-' or '•' or '*' && char.IsWhiteSpace(line[1]))
        {
            return 2;
        }

        var i = 0;
        if (i < line.Length && line[i] == 'T')
        {
            i++;
            if (i < line.Length && line[i] == '-')
            {
                i++;
            }
        }

        var digits = i;
        while (i < line.Length && char.IsAsciiDigit(line[i]) && i - digits < 3)
        {
            i++;
        }

        return i > digits && i + 1 < line.Length && line[i] is '.' or ')' && char.IsWhiteSpace(line[i + 1]) ? i + 2 : 0;
    }

    // The last colon or comma that a space follows ("2:22:37" holds colons that are part of the figure).
    private static int LastSeparator(ReadOnlySpan<char> line)
    {
        for (var i = line.Length - 2; i >= 0; i--)
        {
            if (line[i] is ':' or ',' && char.IsWhiteSpace(line[i + 1]))
            {
                return i;
            }
        }

        return -1;
    }

    // Starts with a letter, has no digit and no sentence punctuation or quotation mark, and at most MaxLabelWords words.
    private static bool IsLabel(ReadOnlySpan<char> label)
    {
        if (label.IsEmpty || !char.IsLetter(label[0]) || label.ContainsAnyInRange('0', '9') || label.IndexOfAny(".;!?:,") >= 0
            || label.IndexOfAny(QuotationMarks.Double) >= 0)
        {
            return false;
        }

        var words = 0;
        foreach (var _ in label.Split(' '))
        {
            words++;
        }

        return words <= MaxLabelWords;
    }

    // A signed number with an optional currency sign and percent sign, then at most MaxUnitWords words of letters (a unit may be
    // joined to the number: "45kg"), none a month or a furniture word ("3pm");
    // not a bare year, nor a clock time with a single colon.
    private static bool IsFigure(ReadOnlySpan<char> figure)
    {
        var i = 0;
        if (i < figure.Length && figure[i] is '-' or '+' or '−')
        {
            i++;
        }

        if (i < figure.Length && figure[i] is '$' or '£' or '€')
        {
            i++;
        }

        var start = i;
        if (i >= figure.Length || !char.IsAsciiDigit(figure[i]))
        {
            return false;
        }

        var colons = 0;
        while (i < figure.Length && (char.IsAsciiDigit(figure[i]) || figure[i] is '.' or ',' or ':'))
        {
            colons += figure[i] == ':' ? 1 : 0;
            i++;
        }

        var number = figure[start..i];
        if (i < figure.Length && figure[i] == '%')
        {
            i++;
        }

        var rest = figure[i..];
        if (colons == 1 || (IsYear(number) && rest.IsWhiteSpace() && start == 0))
        {
            return false;
        }

        var words = 0;
        foreach (var range in rest.Split(' '))
        {
            var word = rest[range];
            if (word.IsEmpty)
            {
                continue;
            }

            // Both sets compare ignoring case, so a span looks the word up without a lowered copy.
            if (++words > MaxUnitWords || !IsLetters(word) || Months.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                || Furniture.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsYear(ReadOnlySpan<char> number) =>
        number.Length == 4 && int.TryParse(number, out var year) && year is >= 1800 and <= 2099;

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasFurnitureWord(string text)
    {
        var furniture = Furniture.Value;
        foreach (var token in PolicyCues.Tokens(text))
        {
            if (token.Kind == TokenKind.Word && furniture.Contains(PolicyCues.Word(text, token)))
            {
                return true;
            }
        }

        return false;
    }
}
