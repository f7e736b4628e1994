namespace ClaimCheck.Text;

/// <summary>The characters that open or close a quotation, shared by the rules that read one (the claim-type cue features, the
/// policy rules, the quoted-nickname entity rule).</summary>
internal static class QuotationMarks
{
    /// <summary>Double quotation marks, straight, curly, low-9 and guillemets (<c>" “ ” „ « »</c>): never an apostrophe, so a text
    /// holding one quotes someone.</summary>
    internal const string Double = "\"\u201C\u201D\u201E\u00AB\u00BB";

    /// <summary>Double and single quotation marks (<c>' ‘ ’ ‚ ‹ ›</c> besides <see cref="Double"/>): for a rule that reads a mark
    /// only where a quotation can stand, since a single mark is also an apostrophe.</summary>
    internal const string Any = Double + "'\u2018\u2019\u201A\u2039\u203A";
}
