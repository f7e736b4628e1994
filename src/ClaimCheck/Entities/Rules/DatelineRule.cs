using ClaimCheck.Text;

namespace ClaimCheck.Entities.Rules;

/// <summary>A dateline at the start of a paragraph: "NAIROBI, Kenya (AP) —", "PORT MORESBY, May 26 (AFP) -", "TEHRAN (Sputnik) -", or a
/// known city in brackets before a dash, "(Nairobi) –".
/// The capitals are the city's name, looked up as the lexicon writes it ("Port Moresby"); an unknown one is a place, in the country
/// named after it.</summary>
internal sealed class DatelineRule : SentenceRule
{
    private const int MaxWords = 4;

    /// <summary>The rule's name, recorded on the mentions it makes (<see cref="EntityMention.Rule"/>).</summary>
    internal const string RuleName = "dateline";

    public override string Name => RuleName;

    public override EntityCue Cue => EntityCue.None;

    public override void Apply(SentenceScan scan, int index)
    {
        if (!scan.StartsParagraph || scan.Sentence.Paragraph > 4)
        {
            return;
        }

        if (scan.FirstWord == 1)
        {
            ApplyBracketed(scan);
            return;
        }

        if (scan.FirstWord != 0)
        {
            return;
        }

        var end = 0;
        while (end < scan.Count && end < MaxWords && scan.IsAllCapitals(end) && !scan.Tokens[end].IsJoined)
        {
            end++;
        }

        if (end == 0 || scan.IsLexicon(0) || !(scan.IsPunctuation(end, ',') || scan.IsPunctuation(end, '(') || IsDash(scan, end)))
        {
            return;
        }

        // As the lexicon writes names: "PORT MORESBY" → "Port Moresby", "PORT-AU-PRINCE" → "Port-Au-Prince".
        Span<char> buffer = stackalloc char[EntityGazetteer.MaxNameLength];
        if (!EntityGazetteer.TryJoin(scan.Text, scan.Tokens, 0, end, buffer, out var length))
        {
            return;
        }

        var name = buffer[..length];
        var start = true;
        for (var i = 0; i < name.Length; i++)
        {
            name[i] = start ? name[i] : char.ToLowerInvariant(name[i]);
            start = !char.IsLetter(name[i]);
        }

        if (scan.Gazetteer.TryResolve(name, out var entity, out var form, out var place))
        {
            if (form == EntityMentionForm.Name)
            {
                scan.AddLexicon(0, end, entity, place, Name);
            }

            return;
        }

        // An unknown name needs a dateline's shape: "DORRVILLE, Texas", "BRENO (Reuters)", "BRENO -", not "RN-204" or a rubric's
        // "GILETS JAUNES -".
        if (name.Length < 4 || !(scan.IsPunctuation(end, ',') || scan.IsPunctuation(end, '(') || (end == 1 && !scan.Tokens[end].IsJoined)))
        {
            return;
        }

        string? within = null;
        if (scan.IsPunctuation(end, ',') && scan.TryGetLexicon(end + 1, out var country) && country.FirstToken == end + 1
            && country.Entity.Kind == EntityKind.Country && country.Place is null && country.Form == EntityMentionForm.Name)
        {
            within = country.Entity.Name;
        }

        var canonical = scan.Document.Register(name, EntityKind.Place, Name);
        scan.Document.LearnForm(name, new FormTarget(canonical, null, null));
        if (within is not null)
        {
            scan.Document.Contain(canonical, within);
        }

        scan.AddNamed(0, end, canonical, Name);
    }

    // "(Nairobi) – Security forces fired on protesters …": a rights group's release opens with the city it was issued from in
    // brackets before a dash. A name the lexicon knows there is a dateline, not where the figures are.
    private static void ApplyBracketed(SentenceScan scan)
    {
        if (!scan.IsPunctuation(0, '(') || !scan.TryGetLexicon(1, out var mention) || mention.FirstToken != 1 || mention.Form != EntityMentionForm.Name
            || mention.EndToken > MaxWords || !scan.IsPunctuation(mention.EndToken, ')') || !IsDash(scan, mention.EndToken + 1))
        {
            return;
        }

        scan.DropLexicon(1);
        scan.AddLexicon(1, mention.EndToken, mention.Entity, mention.Place, RuleName);
    }

    private static bool IsDash(SentenceScan scan, int index) =>
        index < scan.Count && scan.Tokens[index].Kind == TokenKind.Punctuation && scan.Text[scan.Tokens[index].Span.Start] is '-' or '—' or '–';
}
