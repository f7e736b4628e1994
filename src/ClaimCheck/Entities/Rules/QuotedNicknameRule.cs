using ClaimCheck.Text;

namespace ClaimCheck.Entities.Rules;

/// <summary>A known place inside quotation marks after a lower-case word ("a lake resort its owners call 'little Norway'", "a "little
/// Paris" of the south") is a nickname of somewhere else, not a mention of that place: its lexicon match is dropped.</summary>
internal sealed class QuotedNicknameRule : SentenceRule
{
    public override string Name => "quoted-nickname";

    public override EntityCue Cue => EntityCue.None;

    public override void Apply(SentenceScan scan, int index)
    {
        for (var m = scan.Lexicon.Count - 1; m >= 0; m--)
        {
            var mention = scan.Lexicon[m];
            var first = mention.FirstToken;
            if (first >= 2 && IsQuotationMark(scan, first - 2) && scan.Tokens[first - 1].Kind == TokenKind.Word && !scan.IsCapitalised(first - 1)
                && IsQuotationMark(scan, mention.EndToken))
            {
                scan.DropLexicon(first);
            }
        }
    }

    private static bool IsQuotationMark(SentenceScan scan, int index) =>
        index < scan.Count && scan.Tokens[index].Kind == TokenKind.Punctuation && scan.Word(index) is [var mark] && QuotationMarks.Any.Contains(mark);
}
